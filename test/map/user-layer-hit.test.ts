import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { buildPartHitIndex, distanceToSegment, insideRings, nearPolyline, partAt } from '../../src/map/user-layer-hit';
import { splitFeatures } from '../../src/map/user-layer-geometry';
import { project } from '../../src/map/feature-canvas-style';
import { sizedPoints } from '../../src/map/user-layer-sizes';

describe('distanceToSegment', () => {
  it('measures to the nearest point inside the segment', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
  });
  it('measures to an end when the foot falls outside the segment', () => {
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
  });
  it('handles a segment of zero length', () => {
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});

// a 10 x 10 square with a 4 x 4 hole in the middle, as [start, end) ranges into one array
const square = [0, 0, 10, 0, 10, 10, 0, 10];
const hole = [3, 3, 7, 3, 7, 7, 3, 7];
const coords = [...square, ...hole];
const rings = [0, 8, 8, 16];

describe('insideRings', () => {
  it('is inside the outer ring', () => {
    expect(insideRings(coords, rings, 1, 5)).toBe(true);
  });
  it('is outside in a hole', () => {
    expect(insideRings(coords, rings, 5, 5)).toBe(false);
  });
  it('is outside beyond the outer ring', () => {
    expect(insideRings(coords, rings, 11, 5)).toBe(false);
  });
});

describe('nearPolyline', () => {
  it('finds a line within the tolerance, not beyond it', () => {
    const line = [0, 0, 10, 0, 10, 10];
    expect(nearPolyline(line, 0, 6, 10.5, 5, 1, false)).toBe(true);
    expect(nearPolyline(line, 0, 6, 5, 5, 1, false)).toBe(false);
  });
  it('includes the closing edge only for closed rings', () => {
    expect(nearPolyline(square, 0, 8, 0, 5, 0.5, true)).toBe(true);
    // left as an open line, the square has no left edge (0,10 -> 0,0)
    expect(nearPolyline(square, 0, 8, 0, 5, 0.5, false)).toBe(false);
    expect(nearPolyline([0, 0, 10, 0, 10, 10], 0, 6, 5, 5, 0.5, true)).toBe(true);
    expect(nearPolyline([0, 0, 10, 0, 10, 10], 0, 6, 5, 5, 0.5, false)).toBe(false);
  });
});

const feature = (geometry: Geometry, name: string): Feature => ({ type: 'Feature', geometry, properties: { name } });

describe('partAt over a layer of features', () => {
  // a polygon round Chengdu, a line across it and a point on the line, plus a multipoint far away
  const features = [
    feature({ type: 'Polygon', coordinates: [[[103.9, 30.5], [104.2, 30.5], [104.2, 30.8], [103.9, 30.8], [103.9, 30.5]]] }, 'area'),
    feature({ type: 'LineString', coordinates: [[103.8, 30.65], [104.3, 30.65]] }, 'line'),
    feature({ type: 'Point', coordinates: [104.0, 30.65] }, 'point'),
    feature({ type: 'MultiPoint', coordinates: [[106.5, 29.5], [106.6, 29.6]] }, 'multi'),
  ];
  const parts = splitFeatures(features);
  const index = buildPartHitIndex(parts);
  const scale = 2 ** 10;
  const nameAt = (lon: number, lat: number, dy = 0) => {
    const [x, y] = project(lon, lat);
    const part = partAt(index, parts, x, y + dy / scale, scale, 8, 4);
    return part === null ? null : features[parts.feature[part]!]!.properties!.name;
  };

  it('takes multipoints apart and keeps their feature', () => {
    expect(parts.kind).toEqual(['area', 'line', 'point', 'point', 'point']);
    expect(nameAt(106.6, 29.6)).toBe('multi');
  });
  it('prefers a point marker over the line and area under it', () => {
    expect(nameAt(104.0, 30.65)).toBe('point');
  });
  it('finds the line within 4 px, and the area once further away but inside it', () => {
    expect(nameAt(104.1, 30.65, 3)).toBe('line');
    expect(nameAt(104.1, 30.65, 6)).toBe('area');
  });
  it('finds the line where it runs outside the area', () => {
    expect(nameAt(104.25, 30.65, -2)).toBe('line');
  });
  it('misses empty map', () => {
    expect(nameAt(105, 31)).toBeNull();
  });
});

describe('partAt with proportional circles', () => {
  // three points on one spot, a fourth 0.2° east; sized 400, 100 and 4 (the largest 22 px), the fourth blank
  const at = (lon: number, value: unknown): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, 30] }, properties: { v: value } });
  const features = [at(104, 400), at(104, 4), at(104, 100), at(104.2, '')];
  const parts = splitFeatures(features);
  const sized = sizedPoints(parts, features, { column: 'v', max: 400 });
  const index = buildPartHitIndex(parts);
  const scale = 2 ** 10;
  const [cx, cy] = project(104, 30);
  const pick = (dx: number, dy = 0) => partAt(index, parts, cx + dx / scale, cy + dy / scale, scale, 8, 4, sized);

  it('picks the smallest circle under the pointer, as it is drawn on top', () => {
    expect(pick(0)).toBe(1);
  });

  it('picks the circle whose area is under the pointer, by its own radius', () => {
    // the 4 is 2.2 px wide, the 100 11 px, the 400 22 px
    expect(pick(8)).toBe(2);
    expect(pick(0, -18)).toBe(0);
    expect(pick(17, 17)).toBeNull();
  });

  it('finds a point without a value by its small hollow circle', () => {
    const [x] = project(104.2, 30);
    const dx = (x - cx) * scale;
    expect(pick(dx + 2)).toBe(3);
    expect(pick(dx + 6)).toBeNull();
  });
});
