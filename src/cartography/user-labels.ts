// Names of the planner's imported (and the site's published) features, placed by the same greedy
// placer as the built-in names and by the same rules as a project without a national or joint level:
// from zoom 8, a point's name beside its marker, a line's along its course, an area's at its label
// point when the area is a shape of its own on screen. They claim space after the built-in names of
// the same tier (ids `user:` sort after `project:`), so a planner's data never pushes a project's
// name off the map, and they keep clear of every name, symbol and control as those do.
// The places (which feature, its name, where) are computed once per layer change by userLabelPlaces;
// the candidates at each layout. The map loads this module only when a shown layer has a name column.
import type { Feature, Position } from 'geojson';
import KDBush from 'kdbush';
import type { Box } from './box-index';
import type { LabelPosition, PlacementCandidate } from './label-placement';
import { TIER, labelLines, lineLabelText, tierPriority } from './label-styles';
import { blockOf, nameLinesOf, unitOf, type DrawnSymbol, type ExtraLabels, type LabelPlace, type MapLabelInput } from './label-input';
import { alongLine, aroundPoint } from './place-labels';

/** Zoom from which imported features are named: as the built-in projects that are neither national nor joint. */
export const USER_LABEL_MIN_ZOOM = 8;

/**
 * A layer of thousands of features (drawn on a canvas) is named only where at most this many of its
 * points and areas are in view: more names could not be told apart, and laying them all out on every
 * move would stall the map. Zooming in brings the names.
 */
export const CROWDED_IN_VIEW = 300;

/**
 * Features of a crowded layer taken into its index per task (crowdedSlice): 200,000 named points
 * in one go took the main thread for a quarter to half a second (their places, then one index), and
 * slices of 10,000 still up to 70 ms on a loaded two-core machine while the code was cold.
 */
export const CROWDED_SLICE = 2_000;

/** Consecutive named points and areas of a crowded layer, in the file's order, indexed by position. */
export interface CrowdedSlice {
  places: readonly UserLabelPlace[];
  index: KDBush;
}

/**
 * The named points and areas of a crowded layer, indexed a slice at a time (each slice its own
 * index, built in its own task) so a view finds its own. `complete` is false while slices are still
 * to come: until then the layer is not named, as a view could hold more of its places than are in yet.
 */
export interface CrowdedPlaces {
  readonly slices: readonly CrowdedSlice[];
  readonly complete: boolean;
}

/** One named feature of an imported or published layer. */
export type UserLabelPlace =
  | { key: string; name: string; kind: 'point'; lon: number; lat: number; /** the marker's radius on the map, pixels */ radius: number }
  | { key: string; name: string; kind: 'line'; lines: readonly (readonly (readonly [number, number])[])[] }
  | { key: string; name: string; kind: 'area'; lon: number; lat: number; /** [west, south, east, north] */ bbox: readonly [number, number, number, number] };

/** What userLabelPlaces needs of a layer: its id, its shown features and how each is named and drawn. */
export interface UserLabelLayer {
  id: string;
  features: readonly Feature[];
  /** the feature's name, or undefined when it has none (then it is not named on the map) */
  nameOf(feature: Feature): string | undefined;
  /** a point's marker radius on the map, pixels */
  radiusOf(feature: Feature): number;
  /** where `features` starts in the layer's list when it is a slice of it (their keys count from there); 0 when omitted */
  firstIndex?: number;
}

type Candidate = PlacementCandidate<LabelPlace>;

const boxAt = (cx: number, cy: number, width: number, height: number): Box => ({ x: cx - width / 2, y: cy - height / 2, width, height });

const pair = (p: Position): [number, number] => [p[0]!, p[1]!];

/** Signed area and centroid of a ring (shoelace), in degrees: good enough to find a label point. */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = pair(ring[j]!);
    const [x1, y1] = pair(ring[i]!);
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area, x: cx / (6 * area), y: cy / (6 * area) };
}

/**
 * A point inside a polygon for its name: the centroid of its outer ring when that lies inside the
 * polygon, else the middle of the widest span inside it along the centroid's latitude (a crescent or
 * an L-shaped area has its centroid outside). Holes count (even-odd).
 */
export function areaLabelPoint(polygon: readonly (readonly Position[])[]): [number, number] | undefined {
  const outer = polygon[0];
  if (!outer || outer.length < 3) return undefined;
  const { x, y } = ringCentroid(outer);
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = pair(ring[j]!);
      const [x1, y1] = pair(ring[i]!);
      if (y0 > y !== y1 > y) crossings.push(x0 + ((y - y0) * (x1 - x0)) / (y1 - y0));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] | undefined;
  let widest = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const [a, b] = [crossings[k]!, crossings[k + 1]!];
    if (x >= a && x <= b) return [x, y];
    if (b - a > widest) [widest, best] = [b - a, [(a + b) / 2, y]];
  }
  return best ?? [x, y];
}

function bboxOf(rings: readonly (readonly Position[])[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) for (const [lon, lat] of ring.map(pair)) [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
  return [w, s, e, n];
}

/** The named features of the layers: a point (each of a MultiPoint's), a line, or an area (its largest part). */
export function userLabelPlaces(layers: readonly UserLabelLayer[]): UserLabelPlace[] {
  const places: UserLabelPlace[] = [];
  for (const layer of layers) {
    const first = layer.firstIndex ?? 0;
    layer.features.forEach((feature, index) => {
      const name = layer.nameOf(feature);
      const g = feature.geometry;
      if (name === undefined || !g) return;
      const key = `${layer.id}:${first + index}`;
      if (g.type === 'Point') places.push({ key, name, kind: 'point', lon: g.coordinates[0]!, lat: g.coordinates[1]!, radius: layer.radiusOf(feature) });
      else if (g.type === 'MultiPoint') g.coordinates.forEach((p, k) => places.push({ key: `${key}.${k}`, name, kind: 'point', lon: p[0]!, lat: p[1]!, radius: layer.radiusOf(feature) }));
      else if (g.type === 'LineString' || g.type === 'MultiLineString') {
        const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        places.push({ key, name, kind: 'line', lines: parts.map((part) => part.map(pair)) });
      } else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        const largest = polygons.reduce<Position[][] | undefined>((best, p) => (!best || Math.abs(ringCentroid(p[0] ?? []).area) > Math.abs(ringCentroid(best[0] ?? []).area) ? p : best), undefined);
        const at = largest && areaLabelPoint(largest);
        if (at) places.push({ key, name, kind: 'area', lon: at[0], lat: at[1], bbox: bboxOf(polygons.flat()) });
      }
    });
  }
  return places;
}

/** Indexes consecutive places of a crowded layer: its points and areas (lines are not named on a crowded layer). */
export function crowdedSlice(places: readonly UserLabelPlace[]): CrowdedSlice {
  const indexed = places.filter((place): place is Extract<UserLabelPlace, { lon: number }> => place.kind !== 'line');
  const index = new KDBush(Math.max(1, indexed.length));
  for (const place of indexed) index.add(place.lon, place.lat);
  // kdbush needs as many items as it was announced
  if (indexed.length === 0) index.add(Number.NaN, Number.NaN);
  index.finish();
  return { places: indexed, index };
}

/**
 * A crowded layer's places indexed at once, in slices of `size` (CROWDED_SLICE): as crowdedSlice of each, complete.
 * @internal the reference the map's sliced indexing (crowdedPlacesInSlices) is tested against
 */
export function crowdedPlaces(places: readonly UserLabelPlace[], size = CROWDED_SLICE): CrowdedPlaces {
  const slices: CrowdedSlice[] = [];
  for (let start = 0; start < places.length; start += size) slices.push(crowdedSlice(places.slice(start, start + size)));
  return { slices, complete: true };
}

/**
 * A crowded layer's places in this view (a tenth of its size around it), in the file's order; none
 * when too many (counted over all its slices), or while its slices are still being indexed.
 */
function inView(crowded: CrowdedPlaces, input: MapLabelInput): UserLabelPlace[] {
  if (!crowded.complete || !input.bounds || (!input.page?.allProjects && input.zoom < USER_LABEL_MIN_ZOOM)) return [];
  const [west, south, east, north] = input.bounds;
  const [dx, dy] = [(east - west) / 10, (north - south) / 10];
  const found: UserLabelPlace[] = [];
  for (const { places, index } of crowded.slices) {
    const ids = index.range(west - dx, south - dy, east + dx, north + dy);
    if (found.length + ids.length > CROWDED_IN_VIEW) return [];
    for (const id of ids.sort((a, b) => a - b)) found.push(places[id]!);
  }
  return found;
}

/** The markers of the named points, for the other names to keep clear of (the map reads its own from the page). */
function userPointSymbols(places: readonly UserLabelPlace[], project: MapLabelInput['project']): DrawnSymbol[] {
  return places.flatMap((place) => {
    if (place.kind !== 'point') return [];
    const [x, y] = project(place.lon, place.lat);
    return [{ x, y, radius: place.radius }];
  });
}

const nearView = (x: number, y: number, viewport: { width: number; height: number }): boolean => x > -300 && y > -100 && x < viewport.width + 300 && y < viewport.height + 100;

/** Candidates of the user features' names at this input's view; none below USER_LABEL_MIN_ZOOM (a page names them all). */
function userFeatureCandidates(input: MapLabelInput, places: readonly UserLabelPlace[]): Candidate[] {
  if (places.length === 0 || (!input.page?.allProjects && input.zoom < USER_LABEL_MIN_ZOOM)) return [];
  const candidates: Candidate[] = [];
  for (const place of places) {
    const id = `user:${place.key}`;
    const names = { name_zh: place.name, name_en: place.name };
    if (place.kind === 'point') {
      const [x, y] = input.project(place.lon, place.lat);
      if (!nearView(x, y, input.viewport)) continue;
      const lines = nameLinesOf(input, names, 'project', () => labelLines(place.name, input.lang));
      const { width, height } = blockOf(lines, 'project', input);
      const positions = aroundPoint(x, y, place.radius + 3 * unitOf(input), width, height, true).map(
        ([cx, cy, align]): LabelPosition<LabelPlace> => ({ boxes: [boxAt(cx, cy, width, height)], place: { id, kind: 'user', style: 'project', key: place.key, lines, x: cx, y: cy, align, angle: 0, width, height } }),
      );
      candidates.push({ id, priority: tierPriority(TIER.otherProject), positions });
    } else if (place.kind === 'line') {
      const lines = nameLinesOf(input, names, 'corridor', () => [lineLabelText(place.name)]);
      const positions = alongLine(input, place.lines, { id, kind: 'user', style: 'corridor', key: place.key, lines }, 3);
      if (positions.length > 0) candidates.push({ id, priority: tierPriority(TIER.otherCorridor), positions });
    } else {
      const [ax, ay] = input.project(place.lon, place.lat);
      if (!nearView(ax, ay, input.viewport)) continue;
      const [x0, y0] = input.project(place.bbox[0], place.bbox[3]);
      const [x1, y1] = input.project(place.bbox[2], place.bbox[1]);
      const lines = nameLinesOf(input, names, 'area', () => labelLines(place.name, input.lang));
      const { width, height } = blockOf(lines, 'area', input);
      // as a zone: named where it reads as a shape of its own, not when it fills most of the map or is smaller than its name
      const [w, h] = [Math.abs(x1 - x0), Math.abs(y1 - y0)];
      if (!input.page?.allProjects && !(w < input.viewport.width * 0.6 && h < input.viewport.height * 0.6 && w > width * 0.8)) continue;
      const positions = [ay, ay - height, ay + height].map(
        (cy): LabelPosition<LabelPlace> => ({ boxes: [boxAt(ax, cy, width, height)], place: { id, kind: 'user', style: 'area', key: place.key, lines, x: ax, y: cy, align: 'middle', angle: 0, width, height } }),
      );
      candidates.push({ id, priority: tierPriority(TIER.area), positions });
    }
  }
  return candidates;
}

/**
 * The names of these places as extra labels of the map's layout (layoutMapLabels' `extra`), and of the
 * crowded layers' places in view. A crowded layer's markers are on a canvas, not on the page, so its
 * points in view are given as symbols too, for every name to keep clear of.
 */
export function userLabels(places: readonly UserLabelPlace[], crowded: readonly CrowdedPlaces[] = []): ExtraLabels {
  const all = (input: MapLabelInput) => (crowded.length === 0 ? places : [...places, ...crowded.flatMap((layer) => inView(layer, input))]);
  return {
    candidates: (input) => userFeatureCandidates(input, all(input)),
    symbols: (input) => userPointSymbols(all(input), input.project),
  };
}

/**
 * Indexes a crowded layer's places `size` features at a time (CROWDED_SLICE), awaiting `between()`
 * (the page given back) before each slice, so neither the caller's task nor any other takes them all. `crowded` fills in as the
 * slices are done and is complete after the last; `done` says whether it got there (false once
 * `wanted()` said no before a slice: the layer was changed or replaced meanwhile).
 */
export function crowdedPlacesInSlices(layer: UserLabelLayer, size: number, between: () => Promise<void>, wanted: () => boolean): { crowded: CrowdedPlaces; done: Promise<boolean> } {
  const crowded = { slices: [] as CrowdedSlice[], complete: false };
  const run = async () => {
    for (let start = 0; start < layer.features.length; start += size) {
      await between();
      if (!wanted()) return false;
      crowded.slices.push(crowdedSlice(userLabelPlaces([{ ...layer, features: layer.features.slice(start, start + size), firstIndex: start }])));
    }
    crowded.complete = true;
    return true;
  };
  return { crowded, done: run() };
}
