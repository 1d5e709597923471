// area-query-100k: which of 100,000 points lie inside a real county (Yongchuan, Chongqing, about
// 1,580 km²)? Measured: the flatbush-indexed featuresInArea(). Baseline: turf point-in-polygon for
// every point, the plain way. Both must return the same ids.
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buildFeatureIndex, type FeatureIndex, type IndexableFeature } from '../../src/spatial/feature-index';
import { featuresInArea } from '../../src/spatial/area-query';
import type { TimedFigure } from '../figure';
import { countyBoundary } from '../geo-data';
import { randomPoints } from '../synthetic';
import { assertSameIds } from '../same-ids';

const YONGCHUAN = '500118';

interface Context {
  index: FeatureIndex;
  points: [number, number][];
  county: Polygon | MultiPolygon;
}

export const figure: TimedFigure<Context, string[]> = {
  kind: 'time',
  id: 'area-query-100k',
  title: '100k points inside a county polygon (Yongchuan)',
  runs: 25,
  baselineRuns: 10,
  setup: () => {
    const points = randomPoints(100_000, 20250102);
    const features: IndexableFeature[] = points.map((coordinates, i) => ({
      type: 'Feature',
      properties: { id: `p${i}`, category: 'platform' },
      geometry: { type: 'Point', coordinates },
    }));
    return { index: buildFeatureIndex(features), points, county: countyBoundary(YONGCHUAN) };
  },
  measured: ({ index, county }) => featuresInArea(index, county).ids,
  baseline: ({ points, county }) => points.flatMap((p, i) => (booleanPointInPolygon(p, county) ? [`p${i}`] : [])),
  check: assertSameIds,
};
