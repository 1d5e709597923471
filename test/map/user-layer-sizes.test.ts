import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { MIN_SIZED_RADIUS, sizedPoints } from '../../src/map/user-layer-sizes';
import { splitFeatures } from '../../src/map/user-layer-geometry';
import { MAX_RADIUS, NO_VALUE_RADIUS } from '../../src/style/proportional-symbols';

const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry, properties });
const point = (lon: number, value: unknown) => feature({ type: 'Point', coordinates: [lon, 30] }, { 投资: value });

describe('sizedPoints', () => {
  // 100 is the largest value of the whole layer: the layer shown may be filtered down to fewer
  const features = [point(104, 25), point(104.1, ''), point(104.2, 100), point(104.3, 0.01), point(104.4, '约20'), point(104.5, 4)];
  const parts = splitFeatures(features);
  const sized = sizedPoints(parts, features, { column: '投资', max: 400 });

  it('gives each point the circle of its value on the whole layer\'s scale, by area', () => {
    // 100 of 400 is a quarter of the area: half the largest radius; 25 a sixteenth: a quarter
    expect(sized.radius[2]).toBeCloseTo(MAX_RADIUS / 2);
    expect(sized.radius[0]).toBeCloseTo(MAX_RADIUS / 4);
    expect(sized.radius[5]).toBeCloseTo(MAX_RADIUS / 10);
    expect(sized.largest).toBeCloseTo(MAX_RADIUS / 2);
  });

  it('keeps a tiny value visible, at the smallest radius', () => {
    expect(sized.radius[3]).toBe(MIN_SIZED_RADIUS);
    expect(sized.hollow[3]).toBe(0);
  });

  it('draws blank and non-numeric values as small hollow circles, never as zero', () => {
    expect([sized.hollow[1], sized.hollow[4]]).toEqual([1, 1]);
    expect([sized.radius[1], sized.radius[4]]).toEqual([NO_VALUE_RADIUS, NO_VALUE_RADIUS]);
  });

  it('draws the largest first and the hollow ones last, so small circles stay on top', () => {
    expect([...sized.order]).toEqual([2, 0, 5, 3, 1, 4]);
    expect([...sized.order].map((p) => sized.rank[p])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('sizes every point of a multipoint by its feature\'s value and leaves lines and areas out', () => {
    const mixed = [
      feature({ type: 'MultiPoint', coordinates: [[104, 30], [105, 30]] }, { v: 4 }),
      feature({ type: 'LineString', coordinates: [[104, 29], [105, 29]] }, { v: 100 }),
      feature({ type: 'Point', coordinates: [106, 30] }, { v: 1 }),
    ];
    const mixedParts = splitFeatures(mixed);
    const result = sizedPoints(mixedParts, mixed, { column: 'v', max: 4 });
    expect(mixedParts.kind).toEqual(['point', 'point', 'line', 'point']);
    expect([...result.radius]).toEqual([MAX_RADIUS, MAX_RADIUS, 0, MAX_RADIUS / 2]);
    expect([...result.order]).toEqual([0, 1, 3]);
  });
});
