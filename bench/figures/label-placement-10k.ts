// label-placement-10k: where do the names go after a filter change, with 10,000 shown features?
// Measured: layoutMapLabels (src/cartography/map-labels.ts) as the map runs it: candidates for every
// feature (points beside their symbol, lines along them, zones at their anchor), the 59 seats, 221
// counties and the rivers, placed greedily with the grid collision index, at zoom 10 over the circle in a
// 1200×800 map, with the candidates kept between layouts of the same view (createMapLabelCache). At that
// density (about 650 points in view) the points are drawn clustered: the setup (untimed; the clusters have
// their own figure) bins each filter state's points into 48 px cells, a lone point keeps its own symbol
// (and can be named), a cell of several is one cluster symbol that labels keep clear of. The filter cycles
// through six states (categories, levels, approximate points, a band of the area), so no two consecutive
// layouts see the same features or symbols. Baseline: the same layout of the same state from scratch (every
// candidate built again) with the plain scan of every placed box. Both must place the same labels.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { createMapLabelCache, layoutMapLabels, type CountyPlace, type DrawnSymbol, type MapLabelCache, type MapLabelInput, type RiverPlace, type SeatPlace } from '../../src/cartography/map-labels';
import { LABEL_STYLES } from '../../src/cartography/label-styles';
import { estimateWidth } from '../../src/export/text-measure';
import type { ProjectFeature } from '../../src/types';
import type { TimedFigure } from '../figure';
import { syntheticFeatures } from '../pages/synthetic-features';
import { assertSameIds } from '../same-ids';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../data/geo/${name}`, import.meta.url), 'utf8')) as T;
const [WIDTH, HEIGHT, ZOOM] = [1200, 800, 10];
const CENTRE: [number, number] = [105.6, 30.25];

function mercator(): (lon: number, lat: number) => [number, number] {
  const scale = 256 * 2 ** ZOOM;
  const px = (lon: number, lat: number): [number, number] => {
    const s = Math.sin((lat * Math.PI) / 180);
    return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
  };
  const [cx, cy] = px(...CENTRE);
  return (lon, lat) => {
    const [x, y] = px(lon, lat);
    return [x - cx + WIDTH / 2, y - cy + HEIGHT / 2];
  };
}

/** One filter state: the features passing it and the symbols drawn for their points. */
interface FilterState {
  features: ProjectFeature[];
  symbols: DrawnSymbol[];
}

interface Context {
  /** everything but the shown features and their symbols */
  base: Omit<MapLabelInput, 'index' | 'features' | 'symbols' | 'cache'>;
  states: FilterState[];
  cache: MapLabelCache;
  /** the state the last measured run laid out, and what it placed: the baseline redoes that state */
  last: { state: number; labels: string[] };
  next: number;
}

function filterStates(features: ProjectFeature[]): ProjectFeature[][] {
  return [
    features.filter((f) => f.properties.category !== 'industrial_park'),
    features,
    features.filter((f) => f.properties.precision !== 'approximate'),
    features.filter((f) => f.properties.anchor[0] < 106),
    features.filter((f) => f.properties.category === 'pilot_zone' || f.properties.category === 'corridor'),
    features.filter((f) => f.properties.anchor[1] > 29.5 && f.properties.status !== 'planned'),
  ];
}

/** The points of a state binned into 48 px cells: a lone point keeps its symbol, several make a cluster. */
function clusterSymbols(features: readonly ProjectFeature[], project: (lon: number, lat: number) => [number, number]): DrawnSymbol[] {
  const cells = new Map<string, { id: string; x: number; y: number }[]>();
  for (const f of features) {
    if (f.geometry.type !== 'Point') continue;
    const [x, y] = project(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
    const key = `${Math.floor(x / 48)},${Math.floor(y / 48)}`;
    const cell = cells.get(key) ?? [];
    cell.push({ id: f.id, x, y });
    cells.set(key, cell);
  }
  return [...cells.values()].map((members) =>
    members.length === 1
      ? { ...members[0]!, radius: 8 }
      : { x: members.reduce((sum, m) => sum + m.x, 0) / members.length, y: members.reduce((sum, m) => sum + m.y, 0) / members.length, radius: 14 },
  );
}

function setup(): Context {
  // realistic name lengths: park names run to about ten characters; the levels vary, so the zoom decides who is named
  const features: ProjectFeature[] = syntheticFeatures(10_000, 20251204).map((f, i) => ({ ...f, properties: { ...f.properties, name_zh: `成渝${f.id}经济技术开发区`, level: i % 4 === 3 ? 'provincial' : 'national' } }));
  const seats: SeatPlace[] = read<FeatureCollection<Point, { adcode: string; name: string; level: string }>>('sc-cq-seats.geojson').features.map((s) => ({
    adcode: s.properties.adcode,
    name_zh: s.properties.name,
    name_en: s.properties.name,
    lon: s.geometry.coordinates[0]!,
    lat: s.geometry.coordinates[1]!,
    priority: (s.properties.level === 'city' ? 2e6 : 1e6) + Number(s.properties.adcode) % 1000,
  }));
  const counties: CountyPlace[] = read<FeatureCollection<never, { adcode: string; name: string; seat: [number, number] | null }>>('sc-cq-counties.geojson').features.flatMap(({ properties: p }) =>
    p.seat ? [{ adcode: p.adcode, name_zh: p.name, name_en: p.name, lon: p.seat[0], lat: p.seat[1] }] : [],
  );
  const rivers: RiverPlace[] = read<FeatureCollection<LineString | MultiLineString, { name_zh: string; name_en: string; scalerank: number }>>('rivers.geojson').features.map((r, i) => ({
    id: `r${i}`,
    ...r.properties,
    lines: r.geometry.type === 'LineString' ? [r.geometry.coordinates as [number, number][]] : (r.geometry.coordinates as [number, number][][]),
  }));
  const widths = new Map<string, number>();
  const project = mercator();
  const base: Context['base'] = {
    lang: 'zh',
    zoom: ZOOM,
    viewport: { width: WIDTH, height: HEIGHT },
    project,
    // the map caches each measured string the same way
    measure: (text, style) => {
      const key = `${style}:${text}`;
      let width = widths.get(key);
      if (width === undefined) widths.set(key, (width = estimateWidth(text, LABEL_STYLES[style].size)));
      return width;
    },
    seats,
    counties,
    rivers,
    obstacles: [{ x: 10, y: 10, width: 34, height: 70 }, { x: WIDTH - 170, y: HEIGHT - 150, width: 160, height: 140 }],
  };
  const states = filterStates(features).map((shown) => ({ features: shown, symbols: clusterSymbols(shown, project) }));
  return { base, states, cache: createMapLabelCache(), last: { state: 0, labels: [] }, next: 0 };
}

const placed = (input: Omit<MapLabelInput, 'index'>, index: 'grid' | 'list') =>
  layoutMapLabels({ ...input, index }).map((label) => `${label.id}@${label.x.toFixed(1)},${label.y.toFixed(1)}`);

interface Answer {
  labels: string[];
  /** the baseline's: what the measured run placed for the same state */
  reference?: string[];
}

export const figure: TimedFigure<Context, Answer> = {
  kind: 'time',
  id: 'label-placement-10k',
  title: 'labels after a filter change, 10k features + seats, counties, rivers at zoom 10 (1200×800)',
  runs: 21,
  baselineRuns: 7,
  setup,
  measured: (context) => {
    const state = context.next++ % context.states.length;
    const labels = placed({ ...context.base, ...context.states[state]!, cache: context.cache }, 'grid');
    context.last = { state, labels };
    return { labels };
  },
  baseline: (context) => ({ labels: placed({ ...context.base, ...context.states[context.last.state]! }, 'list'), reference: context.last.labels }),
  check: (_measured, baseline) => {
    assertSameIds(baseline.reference ?? [], baseline.labels);
    if (baseline.labels.length < 30) throw new Error(`only ${baseline.labels.length} labels placed: the figure would not measure placement`);
  },
};
