// A hint measured on the coordinates themselves: rows that name an administrative unit (a county
// column, or a name such as 锦江区人民政府) and whose points lie a few hundred metres from that
// unit's seat, all shifted the same way, were most likely copied from AMap/Tencent (GCJ-02) or
// Baidu (BD-09). Each system is tried on every such point; the one that brings the points closest
// to their seats wins, but only when it clearly beats reading them as WGS84. Pure.
import type { Position } from 'geojson';
import { toWgs84, type CoordinateSystem } from './coordinate-systems.ts';

export interface PositionPair {
  /** the row's point as written in the file */
  position: Position;
  /** the WGS84 seat of the unit the same row names */
  reference: Position;
}

export interface PositionEvidence {
  crs: Exclude<CoordinateSystem, 'wgs84'>;
  /** how many rows were compared */
  count: number;
  /** the median distance (m) from the points, read as WGS84, to their units' seats */
  offsetMetres: number;
}

/** Rows fewer than this prove nothing. */
export const MIN_PAIRS = 3;
/** A point further than this from its unit's seat is elsewhere in the unit, not the seat shifted. */
const NEAR_SEAT_METRES = 3000;
/** GCJ-02 and BD-09 shift points by roughly 100–1,200 m across Sichuan and Chongqing. */
const MIN_SHIFT_METRES = 100;

const EARTH_METRES_PER_DEGREE = 111_320;

export function distanceMetres(a: Position, b: Position): number {
  const [lonA = 0, latA = 0] = a;
  const [lonB = 0, latB = 0] = b;
  const dx = (lonA - lonB) * Math.cos((((latA + latB) / 2) * Math.PI) / 180);
  return Math.hypot(dx, latA - latB) * EARTH_METRES_PER_DEGREE;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function crsFromPositions(pairs: readonly PositionPair[]): PositionEvidence | undefined {
  const near = pairs.filter(({ position, reference }) => distanceMetres(position, reference) <= NEAR_SEAT_METRES);
  if (near.length < MIN_PAIRS) return undefined;
  const spread = (crs: CoordinateSystem) => median(near.map(({ position, reference }) => distanceMetres(toWgs84(position, crs), reference)));
  const asWgs84 = spread('wgs84');
  if (asWgs84 < MIN_SHIFT_METRES) return undefined;
  const [best] = (['gcj02', 'bd09'] as const).map((crs) => ({ crs, metres: spread(crs) })).sort((a, b) => a.metres - b.metres);
  // "Systematically": converting must at least halve the typical distance, not shave a little off it.
  if (!best || best.metres > asWgs84 / 2) return undefined;
  return { crs: best.crs, count: near.length, offsetMetres: Math.round(asWgs84) };
}
