// Input checks shared by the spatial questions. Each throws a SpatialInputError carrying a code and
// values (spatial-problem.ts), which the page words in its language; its message is the English, for
// logs. Nothing here changes its input.
import type { Position } from 'geojson';
import type { Params } from '../i18n/fill';
import { spatialProblemText, stepInto, type SpatialProblem, type SpatialProblemCode, type SpatialSubject } from './spatial-problem';

export class SpatialInputError extends Error {
  override name = 'SpatialInputError';
  readonly problem: SpatialProblem;

  constructor(code: SpatialProblemCode, params: Params = {}, what?: SpatialSubject) {
    const problem: SpatialProblem = what === undefined ? { code, params } : { code, params, what };
    super(spatialProblemText(problem, 'en'));
    this.problem = problem;
  }
}

export const MIN_CATCHMENT_KM = 1;
export const MAX_CATCHMENT_KM = 100;

export function assertCatchmentDistance(distanceKm: unknown): asserts distanceKm is number {
  if (typeof distanceKm !== 'number' || !Number.isFinite(distanceKm)) {
    throw new SpatialInputError('distance-not-number', { value: String(distanceKm) });
  }
  if (distanceKm < MIN_CATCHMENT_KM || distanceKm > MAX_CATCHMENT_KM) {
    throw new SpatialInputError('distance-out-of-range', { min: MIN_CATCHMENT_KM, max: MAX_CATCHMENT_KM, value: distanceKm });
  }
}

export function assertPosition(value: unknown, what: SpatialSubject): asserts value is Position {
  if (!Array.isArray(value) || value.length < 2) {
    throw new SpatialInputError('not-a-pair', {}, what);
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new SpatialInputError('not-finite', { lon: String(lon), lat: String(lat) }, what);
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new SpatialInputError('outside-range', { lon, lat }, what);
  }
}

export function assertPath(value: unknown, minPositions: number, what: SpatialSubject): asserts value is Position[] {
  if (!Array.isArray(value) || value.length < minPositions) {
    throw new SpatialInputError('too-few-positions', { min: minPositions }, what);
  }
  value.forEach((p, i) => assertPosition(p, stepInto(what, 'position', i)));
}

/** Polygon rings: each closed (or closable) with at least three distinct corners. */
export function assertRings(value: unknown, what: SpatialSubject): asserts value is Position[][] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new SpatialInputError('no-ring', {}, what);
  }
  value.forEach((ring, i) => assertPath(ring, 3, stepInto(what, 'ring', i)));
}
