// What the export frames when the user has not set a view: the features shown and the question's
// outline, not the two provinces (whose empty western plateau would push everything into a corner).
// Pure. Corridors that run on out of the region (to the Beibu Gulf, to Xi'an) are cut at the
// region's box, so they do not stretch the frame to half of China.
import type { Geometry, MultiPolygon } from 'geojson';
import type { ViewBounds } from '../export/export-input';

type Box = [west: number, south: number, east: number, north: number];

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

export interface FrameOptions {
  /** the region's box [west, south, east, north]; the frame never reaches beyond it */
  region: Box;
  /** margin around the shapes, as a share of the frame's span */
  padding?: number;
  /** smallest span in degrees, so a single project is shown with its surroundings */
  minSpanDeg?: number;
}

/** Bounds around `shapes`, or null when there is nothing to frame. */
const isLine = (shape: Geometry | null | undefined) => shape?.type === 'LineString' || shape?.type === 'MultiLineString';

export function frameBounds(shapes: readonly (Geometry | MultiPolygon | null | undefined)[], { region, padding = 0.08, minSpanDeg = 0.6 }: FrameOptions): ViewBounds | null {
  // Points and areas decide the frame; lines only add what lies within a degree of them, so a
  // corridor running off to another province is cut at the frame's edge rather than widening it.
  const places: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) if (!isLine(shape)) extend(places, shape);
  if (Number.isFinite(places[0])) {
    region = [Math.max(region[0], places[0] - 1), Math.max(region[1], places[1] - 1), Math.min(region[2], places[2] + 1), Math.min(region[3], places[3] + 1)];
  }
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) extend(box, shape);
  if (!Number.isFinite(box[0])) return null;
  let [west, south, east, north] = [Math.max(box[0], region[0]), Math.max(box[1], region[1]), Math.min(box[2], region[2]), Math.min(box[3], region[3])];
  if (west > east || south > north) return null;
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

/** [west, south, east, north] of a set of areas (the provinces). */
export function boxOf(shapes: readonly Geometry[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) extend(box, shape);
  return box;
}
