import { describe, expect, it } from 'vitest';
import { splitSources } from '../../src/data/sources.ts';

describe('splitSources', () => {
  it('splits on semicolons and keeps the first link of each part', () => {
    expect(splitSources('http://a.example/x (news 2022); plan text at https://b.example/p and https://c.example; yearbook')).toEqual([
      { text: 'http://a.example/x (news 2022)', url: 'http://a.example/x' },
      { text: 'plan text at https://b.example/p and https://c.example', url: 'https://b.example/p' },
      { text: 'yearbook', url: null },
    ]);
  });

  it('gives no sources for blank text', () => {
    expect(splitSources('  ')).toEqual([]);
  });
});
