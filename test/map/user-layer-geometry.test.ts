import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { splitFeatures } from '../../src/map/user-layer-geometry';

// a null geometry is allowed by RFC 7946 though not by the type
const feature = (geometry: Geometry | null): Feature => ({ type: 'Feature', geometry: geometry as Geometry, properties: {} });

describe('splitFeatures', () => {
  it('takes multi-part geometries and collections apart, each part naming its feature', () => {
    const parts = splitFeatures([
      feature({ type: 'MultiLineString', coordinates: [[[104, 30], [104.1, 30.1]], [[105, 30], [105.1, 30]]] }),
      feature(null),
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [106, 29.5] }, { type: 'Polygon', coordinates: [[[106, 29], [106.2, 29], [106.2, 29.2], [106, 29]]] }] }),
    ]);
    expect(parts.kind).toEqual(['line', 'line', 'point', 'area']);
    expect([...parts.feature]).toEqual([0, 0, 2, 2]);
  });

  it('keeps a polygon\'s holes as rings of the same part', () => {
    const outer = [[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]];
    const hole = [[104.4, 30.4], [104.6, 30.4], [104.6, 30.6], [104.4, 30.4]];
    const parts = splitFeatures([feature({ type: 'Polygon', coordinates: [outer, hole] })]);
    // two rings: 5 and 4 positions, x and y each
    expect(parts.ranges).toEqual([[0, 10, 10, 18]]);
  });

  it('boxes each part: north is up, so the larger latitude has the smaller y', () => {
    const parts = splitFeatures([feature({ type: 'LineString', coordinates: [[104, 30], [105, 31]] })]);
    const [x0, y0, x1, y1] = parts.boxes;
    expect(x0).toBeCloseTo(((104 + 180) / 360) * 256, 9);
    expect(x1).toBeCloseTo(((105 + 180) / 360) * 256, 9);
    expect(y0).toBeLessThan(y1!);
  });
});
