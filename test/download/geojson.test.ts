import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { toGeoJSON } from '../../src/download/geojson.ts';
import { makeFeature } from '../charts/make-feature.ts';

// Signed area (shoelace): positive for a counter-clockwise ring in lon/lat.
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

const clockwiseSquare: Polygon = {
  type: 'Polygon',
  coordinates: [[[104, 30], [104, 31], [105, 31], [105, 30], [104, 30]]],
};

function zoneFeature() {
  const feature = makeFeature({ id: 'zone', geometry_kind: 'area_center', has_extent: true });
  return { ...feature, geometry: structuredClone(clockwiseSquare) };
}

describe('toGeoJSON', () => {
  it('writes a FeatureCollection with ids, geometry and properties and no crs member', () => {
    const parsed = JSON.parse(toGeoJSON([makeFeature({ id: 'a' }), makeFeature({ id: 'b', year: null })]));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.crs).toBeUndefined();
    expect(parsed.features.map((f: { id: string }) => f.id)).toEqual(['a', 'b']);
    expect(parsed.features[0].geometry).toEqual({ type: 'Point', coordinates: [104.06, 30.67] });
    expect(parsed.features[1].properties.year).toBeNull();
  });

  it('winds polygon exterior rings counter-clockwise as RFC 7946 asks, without touching the input', () => {
    const input = zoneFeature();
    const parsed = JSON.parse(toGeoJSON([input]));
    expect(signedArea(parsed.features[0].geometry.coordinates[0])).toBeGreaterThan(0);
    expect(input.geometry).toEqual(clockwiseSquare);
  });

  it('keeps a line in its drawn direction', () => {
    const line = { ...makeFeature({ id: 'rail' }), geometry: { type: 'LineString' as const, coordinates: [[104, 30], [105, 30], [105, 29]] } };
    const parsed = JSON.parse(toGeoJSON([line]));
    expect(parsed.features[0].geometry.coordinates).toEqual([[104, 30], [105, 30], [105, 29]]);
  });

  it('writes an empty collection for an empty set', () => {
    expect(JSON.parse(toGeoJSON([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
