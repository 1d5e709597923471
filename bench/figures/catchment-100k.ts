// catchment-100k: which of 100,000 points lie within 20 km of a 300-vertex corridor?
// Measured: the flatbush-indexed catchment(). Baseline: turf's point-to-line distance for every
// point against the whole corridor, the plain way. Both must return the same ids.
import type { Feature, LineString } from 'geojson';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { buildFeatureIndex, type FeatureIndex, type IndexableFeature } from '../../src/spatial/feature-index';
import { catchment } from '../../src/spatial/catchment';
import { isWithinKm } from '../../src/spatial/geodesy';
import type { TimedFigure } from '../figure';
import { meanderingCorridor, randomPoints } from '../synthetic';
import { assertSameIds } from '../same-ids';

const DISTANCE_KM = 20;

interface Context {
  index: FeatureIndex;
  points: [number, number][];
  corridor: Feature<LineString>;
}

export const figure: TimedFigure<Context, string[]> = {
  kind: 'time',
  id: 'catchment-100k',
  title: '100k points within 20 km of a 300-vertex corridor',
  runs: 15,
  // about two minutes per baseline run: two runs keep `npm run bench` bearable
  baselineRuns: 2,
  setup: () => {
    const points = randomPoints(100_000, 20250101);
    const features: IndexableFeature[] = points.map((coordinates, i) => ({
      type: 'Feature',
      properties: { id: `p${i}`, category: 'platform' },
      geometry: { type: 'Point', coordinates },
    }));
    const corridor: Feature<LineString> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: meanderingCorridor(300, 7) },
    };
    return { index: buildFeatureIndex(features), points, corridor };
  },
  measured: ({ index, corridor }) => catchment(index, [corridor], DISTANCE_KM).ids,
  baseline: ({ points, corridor }) =>
    points.flatMap((p, i) => (isWithinKm(pointToLineDistance(p, corridor, { units: 'kilometers' }), DISTANCE_KM) ? [`p${i}`] : [])),
  check: assertSameIds,
};
