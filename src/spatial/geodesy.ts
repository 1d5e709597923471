// Conversions between kilometres and degrees, used only to size search boxes for the index.
// Exact distances always come from turf (great-circle, same sphere as below); these helpers must
// therefore err on the generous side: a box too large costs time, a box too small loses answers.
import { earthRadius } from '@turf/helpers';

/** Mean Earth radius in km: the sphere turf measures on. */
export const EARTH_RADIUS_KM = earthRadius / 1000;

/** Length of one degree of latitude (and of longitude at the equator) on that sphere. */
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/**
 * Tolerance for "within distance": a point constructed exactly on the buffer edge may measure a few
 * nanometres beyond it after floating-point rounding, yet a user placed it on the edge. 1 mm is far
 * below anything visible on the map and far below any meaningful distance step.
 */
export const EDGE_TOLERANCE_KM = 1e-6;

/** True when a measured distance is within the requested one, edge included. */
export function isWithinKm(measuredKm: number, limitKm: number): boolean {
  return measuredKm <= limitKm + EDGE_TOLERANCE_KM;
}

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/**
 * How far (km) a great-circle segment of length `lengthKm` can bow away from the straight line
 * between its end points in lon/lat space. The bulge is about L²·tan(lat)/(8R); L²/(4R) covers
 * latitudes up to 63°, well past the region, at the cost of a slightly larger box.
 */
export function greatCircleBulgeKm(lengthKm: number): number {
  return (lengthKm * lengthKm) / (4 * EARTH_RADIUS_KM);
}

/**
 * Grow a lon/lat box by `km` on every side. Degrees of longitude shrink with cos(latitude), so the
 * east/west growth uses the most poleward latitude of the grown box, where a km spans the most
 * degrees; the growth is therefore never too small anywhere in the box.
 */
export function expandBoxByKm(box: readonly number[], km: number): Box {
  const [west = NaN, south = NaN, east = NaN, north = NaN] = box;
  const dLat = km / KM_PER_DEGREE;
  const poleward = Math.min(89, Math.max(Math.abs(south - dLat), Math.abs(north + dLat)));
  const dLon = dLat / Math.cos((poleward * Math.PI) / 180);
  return [west - dLon, south - dLat, east + dLon, north + dLat];
}

/** Bounding box of a list of positions. */
export function boxOfPositions(positions: readonly (readonly number[])[]): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const p of positions) {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}

export function boxesOverlap(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return (a[0] as number) <= (b[2] as number) && (b[0] as number) <= (a[2] as number) &&
    (a[1] as number) <= (b[3] as number) && (b[1] as number) <= (a[3] as number);
}
