import { describe, expect, it } from 'vitest';
import { compareProvinces } from '../../src/charts/province-compare.ts';
import { makeFeature } from './make-feature.ts';

// Hand-counted: Sichuan-only a (pilot_zone), b (corridor); Chongqing-only c (corridor);
// both d (corridor), e (platform); unknown province f (industrial_park).
const FIXTURE = [
  makeFeature({ id: 'a', province: 'sichuan', category: 'pilot_zone' }),
  makeFeature({ id: 'b', province: 'sichuan', category: 'corridor' }),
  makeFeature({ id: 'c', province: 'chongqing', category: 'corridor' }),
  makeFeature({ id: 'd', province: 'both', category: 'corridor' }),
  makeFeature({ id: 'e', province: 'both', category: 'platform' }),
  makeFeature({ id: 'f', province: null, category: 'industrial_park' }),
];

describe('compareProvinces', () => {
  const comparison = compareProvinces(FIXTURE);

  it('counts a project in both provinces on each side and says how many there are', () => {
    expect(comparison.totals).toEqual({ sichuan: 4, chongqing: 3, both: 2 });
    expect(comparison.rows.find((row) => row.category === 'corridor')).toEqual({ category: 'corridor', sichuan: 2, chongqing: 2, both: 1 });
    expect(comparison.rows.find((row) => row.category === 'platform')).toEqual({ category: 'platform', sichuan: 1, chongqing: 1, both: 1 });
  });

  it('keeps every category in a fixed order, zeros included, and counts an unknown province apart', () => {
    expect(comparison.rows.map((row) => row.category)).toEqual(['corridor', 'pilot_zone', 'industrial_park', 'platform']);
    expect(comparison.rows.find((row) => row.category === 'industrial_park')).toEqual({ category: 'industrial_park', sichuan: 0, chongqing: 0, both: 0 });
    expect(comparison.unknown).toBe(1);
  });

  it('gives all zeros for an empty set', () => {
    expect(compareProvinces([])).toEqual({
      rows: ['corridor', 'pilot_zone', 'industrial_park', 'platform'].map((category) => ({ category, sichuan: 0, chongqing: 0, both: 0 })),
      totals: { sichuan: 0, chongqing: 0, both: 0 },
      unknown: 0,
    });
  });
});
