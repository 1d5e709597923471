import { describe, expect, it } from 'vitest';
import { thinPathData } from '../../data/build/locator.ts';

describe('thinPathData', () => {
  it('drops points closer than the tolerance to the last one kept, ring by ring', () => {
    expect(thinPathData('M0,0L0.2,0L10,0L10,10Z', 0.6)).toBe('M0,0L10,0L10,10Z');
    expect(thinPathData('M0,0L5,0L5,5ZM20,20L20.1,20L20.2,20Z', 0.6)).toBe('M0,0L5,0L5,5Z');
  });
});
