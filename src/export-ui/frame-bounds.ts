// What the export frames when the user has not set a view. Pure.
// - A spatial question with an area (a unit asked about, a drawn polygon, a catchment buffer): the
//   question's area, with a margin; the projects it selects lie inside it.
// - Otherwise what is shown, not the two provinces (whose empty western plateau would push everything
//   into a corner), and never beyond the economic circle's box (`core`): corridors that run on to the
//   Beibu Gulf or Xi'an, and areas as wide as a whole province, are cut at the page's edge instead of
//   shrinking the circle to a corner of the page.
import type { Geometry, MultiPolygon } from 'geojson';
import type { ViewBounds } from '../export/export-input';

/** [west, south, east, north] in degrees */
export type Box = [west: number, south: number, east: number, north: number];

const EMPTY = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

function extend(box: Box, geometry: Geometry | null | undefined): void {
  if (!geometry) return;
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [lon, lat] = value as [number, number];
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => extend(box, g));
  else visit(geometry.coordinates);
}

const intersect = (a: Box, b: Box): Box | null => {
  const box: Box = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] <= box[2] && box[1] <= box[3] ? box : null;
};

export interface FrameOptions {
  /** the two provinces' box [west, south, east, north]; the frame never reaches beyond it */
  region: Box;
  /** the economic circle's box: what is shown is framed within it (absent: the region) */
  core?: Box;
  /** margin around the shapes, as a share of the frame's span */
  padding?: number;
  /** smallest span in degrees, so a single project is shown with its surroundings */
  minSpanDeg?: number;
}

const isLine = (shape: Geometry | null | undefined) => shape?.type === 'LineString' || shape?.type === 'MultiLineString';

/** `box` cut to the core, or to the region when it lies wholly outside the core; null when outside both. */
function limit(box: Box, { region, core }: FrameOptions): Box | null {
  return (core && intersect(box, intersect(core, region) ?? region)) ?? intersect(box, region);
}

function withMargin([west, south, east, north]: Box, { padding = 0.08, minSpanDeg = 0.6 }: FrameOptions): ViewBounds {
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, minSpanDeg);
    const mid = (lo + hi) / 2;
    const half = (span * (1 + 2 * padding)) / 2;
    return [mid - half, mid + half];
  };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  return [[south, west], [north, east]];
}

/** Bounds around the shown `shapes`, or null when there is nothing to frame. */
export function frameBounds(shapes: readonly (Geometry | MultiPolygon | null | undefined)[], options: FrameOptions): ViewBounds | null {
  // Points and areas decide the frame; lines only add what lies within a degree of them, so a
  // corridor running off to another province is cut at the frame's edge rather than widening it.
  const places = EMPTY();
  for (const shape of shapes) if (!isLine(shape)) extend(places, shape);
  const near = Number.isFinite(places[0]) ? intersect([places[0] - 1, places[1] - 1, places[2] + 1, places[3] + 1], options.region) : options.region;
  const box = EMPTY();
  for (const shape of shapes) extend(box, shape);
  if (!Number.isFinite(box[0]) || !near) return null;
  const shown = intersect(box, near);
  const framed = shown && limit(shown, options);
  return framed ? withMargin(framed, options) : null;
}

/** Bounds around the question's area (and the user's own marks), or null when it has none. */
export function frameQuestion(area: MultiPolygon | null, marks: readonly Geometry[], options: FrameOptions): ViewBounds | null {
  if (!area) return null;
  const box = EMPTY();
  extend(box, area);
  for (const mark of marks) extend(box, mark);
  if (!Number.isFinite(box[0])) return null;
  const framed = limit(box, options);
  return framed ? withMargin(framed, options) : null;
}

/** [west, south, east, north] of a set of areas (the provinces). */
export function boxOf(shapes: readonly Geometry[]): Box {
  const box = EMPTY();
  for (const shape of shapes) extend(box, shape);
  return box;
}
