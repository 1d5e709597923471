// cluster-update-100k: a filter change with 100,000 point features clustered at zoom 8 (the
// economic circle fills the map). Measured: the map's cluster index (src/cartography/point-clusters.ts),
// built once over every point, regrouping the passing points. Baseline: what it replaces, building a
// supercluster index of the passing points and reading its clusters at the same zoom. The filter
// cycles through six states (categories, approximate points, a band of the area) so no two
// consecutive changes pass the same set. Both must draw every passing point exactly once.
import Supercluster from 'supercluster';
import { createPointClusterIndex, type PointClusterIndex } from '../../src/cartography/point-clusters';
import type { TimedFigure } from '../figure';
import { randomPoints } from '../synthetic';

interface Pt {
  lon: number;
  lat: number;
  category: string;
  approximate: boolean;
}

interface Context {
  index: PointClusterIndex<Pt>;
  states: Pt[][];
  next: { measured: number; baseline: number };
}

const ZOOM = 8;
const CATEGORIES = ['pilot_zone', 'industrial_park', 'platform', 'corridor'];

function filterStates(points: Pt[]): Pt[][] {
  return [
    points.filter((p) => p.category !== 'industrial_park'),
    points,
    points.filter((p) => !p.approximate),
    points.filter((p) => p.lon < 106),
    points.filter((p) => p.category === 'pilot_zone' || p.category === 'platform'),
    points.filter((p) => p.lat > 29.5 && p.category !== 'corridor'),
  ];
}

/** how many points passed, and how many the groups draw (a lone point or a cluster's members) */
interface Drawn {
  passing: number;
  drawn: number;
}

export const figure: TimedFigure<Context, Drawn> = {
  kind: 'time',
  id: 'cluster-update-100k',
  title: 'regroup 100k clustered points after a filter change (zoom 8)',
  runs: 30,
  baselineRuns: 10,
  setup: () => {
    const points: Pt[] = randomPoints(100_000, 20261204).map(([lon, lat], i) => ({ lon, lat, category: CATEGORIES[i % 4]!, approximate: i % 3 === 0 }));
    const index = createPointClusterIndex(points, { lon: (p) => p.lon, lat: (p) => p.lat, category: (p) => p.category, approximate: (p) => p.approximate });
    index.groups(points, ZOOM); // the zoom's grouping is read once, when the map first shows that zoom
    return { index, states: filterStates(points), next: { measured: 0, baseline: 0 } };
  },
  measured: ({ index, states, next }) => {
    const shown = states[next.measured++ % states.length]!;
    const drawn = index.groups(shown, ZOOM).reduce((sum, g) => sum + (g.kind === 'point' ? 1 : g.members.length), 0);
    return { passing: shown.length, drawn };
  },
  baseline: ({ states, next }) => {
    const shown = states[next.baseline++ % states.length]!;
    const fresh = new Supercluster({ radius: 36, extent: 256, maxZoom: 13 });
    fresh.load(shown.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] } })));
    const drawn = fresh.getClusters([-180, -85, 180, 85], ZOOM).reduce((sum, f) => sum + ((f.properties as { point_count?: number }).point_count ?? 1), 0);
    return { passing: shown.length, drawn };
  },
  check: (measured, baseline) => {
    // the two variants group differently (the baseline clusters the passing points alone), so what
    // must hold for both is that every passing point is drawn exactly once
    for (const [name, answer] of [['measured', measured], ['baseline', baseline]] as const) {
      if (answer.drawn !== answer.passing) throw new Error(`cluster-update-100k: the ${name} variant drew ${answer.drawn} of ${answer.passing} passing points`);
    }
  },
};
