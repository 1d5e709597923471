import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { buildFeatureIndex, type IndexableFeature, type SpatialQueryResult } from '../../src/spatial/feature-index';
import { catchment, catchmentDistancesKm } from '../../src/spatial/catchment';
import { SpatialInputError } from '../../src/spatial/validate';
import { destination, offsetFromSegment, bearing } from './sphere';
import { readSpatialFixture } from './fixtures';

interface CrossBorderFixture {
  corridor: Feature<LineString>;
  features: FeatureCollection<IndexableFeature['geometry']>;
  expected: Record<string, SpatialQueryResult>;
}

const fixture = readSpatialFixture<CrossBorderFixture>('catchment-cross-border.json');
const CHENGDU = [104.07, 30.67];
const CHONGQING = [106.55, 29.56];
const corridor = fixture.corridor;

const point = (id: string, coordinates: number[], category = 'platform'): IndexableFeature => ({
  type: 'Feature',
  properties: { id, category },
  geometry: { type: 'Point', coordinates },
});

describe('catchment across the Sichuan–Chongqing border', () => {
  const index = buildFeatureIndex(fixture.features.features as IndexableFeature[]);

  for (const [distance, expected] of Object.entries(fixture.expected)) {
    it(`finds the hand-checked features within ${distance} km`, () => {
      expect(catchment(index, [corridor], Number(distance))).toEqual(expected);
    });
  }

  it('does not change the features or the corridor it is given', () => {
    const featuresBefore = structuredClone(fixture.features);
    const corridorBefore = structuredClone(corridor);
    catchment(index, [corridor], 50);
    expect(fixture.features).toEqual(featuresBefore);
    expect(corridor).toEqual(corridorBefore);
  });
});

describe('catchment distances are exact and inclusive', () => {
  for (const d of [1, 7.5, 20, 100]) {
    it(`counts points at ${d} km from the corridor and not at ${d} + 0.05 km`, () => {
      const features = [0.2, 0.5, 0.8].flatMap((f, k) => [
        point(`on-edge-north-${k}`, offsetFromSegment(CHENGDU, CHONGQING, f, d, -1)),
        point(`on-edge-south-${k}`, offsetFromSegment(CHENGDU, CHONGQING, f, d, 1)),
        point(`just-out-north-${k}`, offsetFromSegment(CHENGDU, CHONGQING, f, d + 0.05, -1)),
        point(`just-out-south-${k}`, offsetFromSegment(CHENGDU, CHONGQING, f, d + 0.05, 1)),
      ]);
      const ids = catchment(buildFeatureIndex(features), [corridor], d).ids;
      expect(ids).toEqual(features.map((f) => String(f.properties?.['id'])).filter((id) => id.startsWith('on-edge')));
    });
  }

  it('measures past the corridor ends to the end point itself', () => {
    const outward = bearing(CHONGQING, CHENGDU) + 180;
    const beyondEnd = point('beyond-end', destination(CHONGQING, outward, 30));
    const furtherOut = point('further-out', destination(CHONGQING, outward, 30.05));
    const ids = catchment(buildFeatureIndex([beyondEnd, furtherOut]), [corridor], 30).ids;
    expect(ids).toEqual(['beyond-end']);
  });

  it('uses a wide enough box where longitude degrees are short (east–west corridor at 33°N)', () => {
    const west = [102.0, 33.0];
    const east = [104.0, 33.0];
    const eastWest: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [west, east] } };
    // due west of the west end: the point only an east-west box growth can reach
    const due = point('due-west', destination(west, 270, 99.9));
    const ids = catchment(buildFeatureIndex([due]), [eastWest], 100).ids;
    expect(ids).toEqual(['due-west']);
  });

  it('measures lines by their nearest vertices and polygons by their boundary', () => {
    const a = offsetFromSegment(CHENGDU, CHONGQING, 0.3, 15, -1);
    const b = offsetFromSegment(CHENGDU, CHONGQING, 0.6, 15, -1);
    const parallel: IndexableFeature = { type: 'Feature', properties: { id: 'parallel-15' }, geometry: { type: 'LineString', coordinates: [a, b] } };
    const near = offsetFromSegment(CHENGDU, CHONGQING, 0.5, 12, 1);
    const far1 = offsetFromSegment(CHENGDU, CHONGQING, 0.45, 40, 1);
    const far2 = offsetFromSegment(CHENGDU, CHONGQING, 0.55, 40, 1);
    const triangle: Polygon = { type: 'Polygon', coordinates: [[near, far2, far1, near]] };
    const park: IndexableFeature = { type: 'Feature', properties: { id: 'triangle-12' }, geometry: triangle };
    const index = buildFeatureIndex([parallel, park]);
    expect(catchment(index, [corridor], 15).ids).toEqual(['parallel-15', 'triangle-12']);
    expect(catchment(index, [corridor], 14.95).ids).toEqual(['triangle-12']);
    expect(catchment(index, [corridor], 11.95).ids).toEqual([]);
  });

  it('counts a polygon the corridor lies wholly inside, far from its boundary, at any distance', () => {
    const big: IndexableFeature = {
      type: 'Feature',
      properties: { id: 'whole-region' },
      geometry: { type: 'Polygon', coordinates: [[[102, 28], [109, 28], [109, 32], [102, 32], [102, 28]]] },
    };
    expect(catchment(buildFeatureIndex([big]), [corridor], 1).ids).toEqual(['whole-region']);
  });

  it('takes several corridors and a MultiLineString', () => {
    const second: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[107, 31], [108, 31]] } };
    const near2 = point('near-second', destination([107.5, 31], 0, 5));
    const near1 = point('near-first', offsetFromSegment(CHENGDU, CHONGQING, 0.5, 5, 1));
    const index = buildFeatureIndex([near1, near2]);
    expect(catchment(index, [corridor, second], 5).ids).toEqual(['near-first', 'near-second']);
    const multi: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [corridor.geometry.coordinates, second.geometry.coordinates] } };
    expect(catchment(index, [multi as Feature<LineString>], 5).ids).toEqual(['near-first', 'near-second']);
  });
});

describe('catchment input checks', () => {
  const index = buildFeatureIndex([point('a', [105, 30])]);
  it.each([0.5, 0, 100.5, Number.NaN, -3])('rejects a distance of %s km', (d) => {
    expect(() => catchment(index, [corridor], d)).toThrow(/between 1 and 100 km|finite/);
  });
  it('rejects no corridor, a point corridor and a one-vertex line', () => {
    expect(() => catchment(index, [], 10)).toThrow(SpatialInputError);
    const pointCorridor = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105, 30] } };
    expect(() => catchment(index, [pointCorridor as unknown as Feature<LineString>], 10)).toThrow(/LineString/);
    const stub: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105, 30]] } };
    expect(() => catchment(index, [stub], 10)).toThrow(/at least 2 positions/);
  });
  it('answers an empty dataset with nothing', () => {
    expect(catchment(buildFeatureIndex([]), [corridor], 10)).toEqual({ ids: [], countsByCategory: {} });
  });
});

describe('distance of each match to the corridor, and touch versus anchor', () => {
  // Geometry built with the test's own spherical formulas: the expected distances are the offsets
  // the features were placed at, not figures from the code under test.
  const at = (f: number, km: number, side: 1 | -1 = -1) => offsetFromSegment(CHENGDU, CHONGQING, f, km, side);
  const feature = (id: string, geometry: IndexableFeature['geometry'], anchor: number[]): IndexableFeature & { anchor: number[] } => ({
    type: 'Feature',
    properties: { id, category: 'pilot_zone' },
    geometry,
    anchor,
  });
  // a line running straight away from the corridor, 4 km to 30 km out; anchored at its far end
  const spur = feature('spur-4-30', { type: 'LineString', coordinates: [at(0.3, 4), at(0.3, 30)] }, at(0.3, 30));
  // a triangle whose nearest corner is 3 km out; anchored inside it, 5 km out
  const triangle = feature('triangle-3', { type: 'Polygon', coordinates: [[at(0.5, 3), at(0.55, 8), at(0.45, 8), at(0.5, 3)]] }, at(0.5, 5));
  // a square the corridor runs through; anchored on the corridor line's side at 0.5 km
  const crossed = feature(
    'crossed',
    { type: 'Polygon', coordinates: [[at(0.7, 2, 1), at(0.72, 2, 1), at(0.72, 2), at(0.7, 2), at(0.7, 2, 1)]] },
    at(0.71, 0.5),
  );
  const site = feature('site-7', { type: 'Point', coordinates: at(0.2, 7, 1) }, at(0.2, 7, 1));
  const farSite = feature('site-12', { type: 'Point', coordinates: at(0.25, 12) }, at(0.25, 12));
  const all = [spur, triangle, crossed, site, farSite];
  const index = buildFeatureIndex(all);
  const anchorOf = (i: number) => all[i]?.anchor;

  it('by default a line or area counts when any part of it is within the distance', () => {
    const result = catchment(index, [corridor], 10);
    expect(result.ids).toEqual(['spur-4-30', 'triangle-3', 'crossed', 'site-7']);
    expect(result.countsByCategory).toEqual({ pilot_zone: 4 });
  });

  it('with reach "anchor" a line or area counts only when its anchor is within the distance', () => {
    expect(catchment(index, [corridor], 10, { reach: 'anchor', anchorOf }).ids).toEqual(['triangle-3', 'crossed', 'site-7']);
    // at 4.5 km the triangle's corner (3 km) is in but its anchor (5 km) is not
    expect(catchment(index, [corridor], 4.5).ids).toEqual(['spur-4-30', 'triangle-3', 'crossed']);
    expect(catchment(index, [corridor], 4.5, { reach: 'anchor', anchorOf }).ids).toEqual(['crossed']);
  });

  it('gives each match the distance that decided it: nearest part when touching, 0 when crossed', () => {
    const ids = ['spur-4-30', 'triangle-3', 'crossed', 'site-7'];
    const km = catchmentDistancesKm(index, [corridor], 10, ids);
    expect([...km.keys()]).toEqual(ids);
    expect(km.get('spur-4-30')).toBeCloseTo(4, 2);
    expect(km.get('triangle-3')).toBeCloseTo(3, 2);
    expect(km.get('crossed')).toBe(0);
    expect(km.get('site-7')).toBeCloseTo(7, 2);
  });

  it('measures lines and areas from their anchor when the reach is "anchor"', () => {
    const km = catchmentDistancesKm(index, [corridor], 10, ['triangle-3', 'crossed', 'site-7'], { reach: 'anchor', anchorOf });
    expect(km.get('triangle-3')).toBeCloseTo(5, 2);
    expect(km.get('crossed')).toBeCloseTo(0.5, 2);
    expect(km.get('site-7')).toBeCloseTo(7, 2);
  });

  it('measures 0 for a polygon the corridor lies wholly inside', () => {
    const big = feature('whole-region', { type: 'Polygon', coordinates: [[[102, 28], [109, 28], [109, 32], [102, 32], [102, 28]]] }, [105, 30]);
    expect(catchmentDistancesKm(buildFeatureIndex([big]), [corridor], 1, ['whole-region']).get('whole-region')).toBe(0);
  });
});
