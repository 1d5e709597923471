import { describe, expect, it } from 'vitest';
import { moveStep, parseStory, serializeStory, stepQuery } from '../../src/story/story';

describe('story parameter', () => {
  it('round-trips steps of query and text', () => {
    const steps = [
      { query: '?hide=pilot_zone,industrial_park,platform', text: 'First the corridors' },
      { query: '?v=30.6,104.1,8&asof=2015', text: 'Then the free trade zones' },
      { query: '', text: '' },
    ];
    expect(parseStory(serializeStory(steps)!)).toEqual(steps);
    expect(serializeStory([])).toBeNull();
  });

  it('drops the embed options from a step and cleans its text', () => {
    expect(stepQuery('?lang=en&embed=1&v=30,104,7&theme=dark&hed=x')).toBe('?v=30,104,7');
    expect(parseStory('[["?embed=1&sel=u:510100","  two\\nlines "]]')).toEqual([{ query: '?sel=u:510100', text: 'two lines' }]);
  });

  it('refuses anything but a short list of [query, text] pairs', () => {
    for (const bad of ['', 'x', '{}', '[]', '[["?v=1"]]', '[[1,"a"]]', '[["javascript:alert(1)","a"]]', JSON.stringify([['?a=1', 'x'.repeat(281)]]), JSON.stringify(Array(13).fill(['', 'a']))]) {
      expect(parseStory(bad), bad).toBeUndefined();
    }
  });

  it('moves within the story', () => {
    expect(moveStep(0, -1, 3)).toBe(0);
    expect(moveStep(1, 1, 3)).toBe(2);
    expect(moveStep(2, 1, 3)).toBe(2);
  });
});
