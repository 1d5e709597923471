import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { area as turfArea } from '@turf/area';
import { catchmentBuffer } from '../../src/spatial/catchment-buffer';
import { haversineKm, offsetFromSegment } from './sphere';

const CHENGDU = [104.07, 30.67];
const CHONGQING = [106.55, 29.56];
const corridor: Feature<LineString> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates: [CHENGDU, CHONGQING] },
};

describe('catchmentBuffer (the drawn outline)', () => {
  it('has about the area of a stadium: 2·d·L + π·d²', () => {
    const d = 20;
    const length = haversineKm(CHENGDU, CHONGQING);
    const expected = 2 * d * length + Math.PI * d * d;
    const km2 = turfArea(catchmentBuffer([corridor], d)) / 1e6;
    expect(Math.abs(km2 - expected) / expected).toBeLessThan(0.02);
  });

  it('holds points 1 km inside the edge and leaves out points 1 km beyond it', () => {
    const shape = catchmentBuffer([corridor], 20);
    for (const f of [0.25, 0.5, 0.75]) {
      for (const side of [1, -1] as const) {
        expect(booleanPointInPolygon(offsetFromSegment(CHENGDU, CHONGQING, f, 19, side), shape)).toBe(true);
        expect(booleanPointInPolygon(offsetFromSegment(CHENGDU, CHONGQING, f, 21, side), shape)).toBe(false);
      }
    }
  });

  it('merges overlapping corridors into one polygon and keeps distant ones apart', () => {
    const crossing: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105.31, 29.5], [105.31, 30.7]] } };
    const distant: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[108, 32], [109, 32]] } };
    expect(catchmentBuffer([corridor, crossing], 10).type).toBe('Polygon');
    const apart = catchmentBuffer([corridor, distant], 10);
    expect(apart.type).toBe('MultiPolygon');
    expect(apart.type === 'MultiPolygon' && apart.coordinates.length).toBe(2);
  });

  it('simplifies a copy: a 300-vertex corridor is left as it was', () => {
    const wiggly: Feature<LineString> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: Array.from({ length: 300 }, (_, i) => [104 + i / 120, 30 + 0.004 * Math.sin(i)]),
      },
    };
    const before = structuredClone(wiggly);
    catchmentBuffer([wiggly], 20);
    expect(wiggly).toEqual(before);
  });

  it('rejects a distance outside 1..100 km', () => {
    expect(() => catchmentBuffer([corridor], 150)).toThrow(/between 1 and 100 km/);
  });
});
