import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { MAX_RADIUS, roundDown2, sizeableTally, symbolScale } from '../../src/style/proportional-symbols';

const point = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [104, 30] }, properties });

describe('symbolScale', () => {
  const features = [point({ 投资: 400, 增速: -2 }), point({ 投资: 100, 增速: 3 }), point({ 投资: 0 }), point({ 投资: '约20' }), point({})];

  it('sizes circles by area: a quarter of the largest value gets half its radius; zero gets none', () => {
    const scale = symbolScale(features, '投资');
    expect(scale?.radius(400)).toBe(MAX_RADIUS);
    expect(scale?.radius(100)).toBe(MAX_RADIUS / 2);
    expect(scale?.radius(0)).toBe(0);
  });

  it('counts features without a number as missing, never as zero', () => {
    const scale = symbolScale(features, '投资');
    expect(scale?.radius('约20')).toBeUndefined();
    expect(scale?.radius(undefined)).toBeUndefined();
    expect([scale?.valued, scale?.missing]).toEqual([3, 2]);
  });

  it('gives three round legend values, largest first', () => {
    const scale = symbolScale([point({ v: 12_345 }), point({ v: 10 })], 'v');
    expect(scale?.legend.map((entry) => entry.value)).toEqual([12_000, 3_000, 750]);
    expect(scale?.legend[1]?.radius).toBeCloseTo(MAX_RADIUS * Math.sqrt(3_000 / 12_345), 6);
  });

  it('offers only columns with numbers and no negatives, and has no scale without numbers', () => {
    const tally = sizeableTally();
    tally.add(features);
    expect(tally.columns()).toEqual(['投资']);
    expect(symbolScale(features, '名称')).toBeUndefined();
  });

  it('finds the same columns when a large layer is read a few features at a time', () => {
    const tally = sizeableTally();
    // the negative growth rate comes in the first slice, the positive one in the second: still left out
    tally.add(features.slice(0, 1));
    tally.add(features.slice(1));
    expect(tally.columns()).toEqual(['投资']);
  });

  it('rounds down to two significant figures', () => {
    expect([roundDown2(12_345), roundDown2(0.0437), roundDown2(99), roundDown2(0)]).toEqual([12_000, 0.043, 99, 0]);
  });
});
