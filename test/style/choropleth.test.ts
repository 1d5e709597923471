import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from '../../src/style/choropleth.ts';
import { parseManualBreaks } from '../../src/style/class-methods.ts';

const oneToTen = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];

describe('class breaks', () => {
  it('quantiles by linear interpolation between ranks (numpy/R type 7)', () => {
    // 1..10, quartiles at rank (n-1)p: 2.25 → 3.25, 4.5 → 5.5, 6.75 → 7.75
    expect(classBreaks(oneToTen, 'quantile', 4)).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it('equal intervals: the range cut in k equal parts (simple-statistics documented example)', () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6], 'equal', 4)).toEqual([1, 2.25, 3.5, 4.75, 6]);
  });

  it('natural breaks by ckmeans: classes start at the smallest value of each cluster (documented example)', () => {
    // ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3) → [[-1,-1,-1,-1], [2,2,2], [4,5,6]]
    expect(classBreaks([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 'ckmeans', 3)).toEqual([-1, 2, 4, 6]);
  });

  it('manual breaks are sorted, deduplicated and bounded by the data', () => {
    expect(classBreaks(oneToTen, 'manual', 0, [5, 2, 5, 20])).toEqual([1, 2, 5, 10]);
  });

  it('ties make fewer classes rather than empty ones; one value or none gives one class or none', () => {
    expect(classBreaks([1, 1, 1, 1, 1, 1, 1, 10], 'quantile', 4)).toEqual([1, 10]);
    expect(classBreaks([3, 3], 'equal', 5)).toEqual([3, 3]);
    expect(classBreaks([], 'quantile', 5)).toEqual([]);
  });

  it('clamps the class count to 2–9', () => {
    expect(classBreaks(oneToTen, 'equal', 1)).toEqual([1, 5.5, 10]);
    expect(classBreaks(Array.from({ length: 100 }, (_, i) => i), 'equal', 50)).toHaveLength(10);
  });
});

describe('class of a value', () => {
  const breaks = [0, 10, 20, 30];
  it('lower edge in, upper edge out, except the top class which holds the maximum', () => {
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(9.99, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(1);
    expect(classOf(29, breaks)).toBe(2);
    expect(classOf(30, breaks)).toBe(2);
  });
  it('no data is -1, never a class', () => {
    expect(classOf(undefined, breaks)).toBe(-1);
    expect(classOf(Number.NaN, breaks)).toBe(-1);
    expect(classOf(5, [])).toBe(-1);
  });
});

it('reads manual breaks in either language\'s punctuation', () => {
  expect(parseManualBreaks('10, 20；50 100')).toEqual([10, 20, 50, 100]);
  expect(parseManualBreaks('１０，２０')).toEqual([10, 20]);
  expect(parseManualBreaks('10, abc')).toBeUndefined();
});
