// Input checks shared by the spatial questions. Each throws a SpatialInputError whose message says
// what was wrong in words a caller can show or log; nothing here changes its input.
import type { Position } from 'geojson';

export class SpatialInputError extends Error {
  override name = 'SpatialInputError';
}

export const MIN_CATCHMENT_KM = 1;
export const MAX_CATCHMENT_KM = 100;

export function assertCatchmentDistance(distanceKm: unknown): asserts distanceKm is number {
  if (typeof distanceKm !== 'number' || !Number.isFinite(distanceKm)) {
    throw new SpatialInputError(`distance must be a finite number of km, got ${String(distanceKm)}`);
  }
  if (distanceKm < MIN_CATCHMENT_KM || distanceKm > MAX_CATCHMENT_KM) {
    throw new SpatialInputError(
      `distance must be between ${MIN_CATCHMENT_KM} and ${MAX_CATCHMENT_KM} km, got ${distanceKm}`,
    );
  }
}

export function assertPosition(value: unknown, what: string): asserts value is Position {
  if (!Array.isArray(value) || value.length < 2) {
    throw new SpatialInputError(`${what} must be a [lon, lat] pair`);
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new SpatialInputError(`${what} must hold finite numbers, got [${String(lon)}, ${String(lat)}]`);
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new SpatialInputError(`${what} is outside lon -180..180 / lat -90..90: [${lon}, ${lat}]`);
  }
}

export function assertPath(value: unknown, minPositions: number, what: string): asserts value is Position[] {
  if (!Array.isArray(value) || value.length < minPositions) {
    throw new SpatialInputError(`${what} needs at least ${minPositions} positions`);
  }
  value.forEach((p, i) => assertPosition(p, `${what} position ${i}`));
}

/** Polygon rings: each closed (or closable) with at least three distinct corners. */
export function assertRings(value: unknown, what: string): asserts value is Position[][] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new SpatialInputError(`${what} needs at least one ring`);
  }
  value.forEach((ring, i) => assertPath(ring, 3, `${what} ring ${i}`));
}
