// What a spatial question is, as the state and the URL hold it. Pure data: no geometry is kept
// here beyond what the reader drew, so a permalink stays short and the answer is recomputed.
import type { Position } from 'geojson';
import type { CatchmentReach } from '../spatial/catchment';

export type { CatchmentReach };

/** Catchment distances the panel offers (km); the spatial module accepts the same range. */
export const MIN_DISTANCE_KM = 1;
export const MAX_DISTANCE_KM = 100;
export const DEFAULT_DISTANCE_KM = 10;

/** [west, south, east, north] in degrees */
export type RectBounds = [number, number, number, number];

/** The area of an area query: a unit, a zone feature, a drawn rectangle or a drawn polygon. */
export type AreaSpec =
  | { kind: 'unit'; adcode: string }
  | { kind: 'feature'; id: string }
  | { kind: 'rect'; bounds: RectBounds }
  | { kind: 'polygon'; ring: Position[] };

/** A measurement: a drawn path, a drawn polygon's area, or the straight line between two features. */
export type MeasureSpec =
  | { kind: 'path'; path: Position[] }
  | { kind: 'polygon'; ring: Position[] }
  | { kind: 'features'; from: string; to: string };

/**
 * The questions in the state. Catchment and area both narrow the set (they combine: features near
 * the corridors AND in the area); a measurement only reports a number. Each part has its own URL
 * parameter (qc, qd, qr, qa, qm).
 */
export interface QuestionState {
  /** corridor feature ids; empty = no catchment question */
  readonly corridors: readonly string[];
  readonly distanceKm: number;
  /**
   * when lines and areas count: 'touch' (default) when any part lies within the distance,
   * 'anchor' only when their anchor point does (points count by their position either way)
   */
  readonly reach: CatchmentReach;
  readonly area: AreaSpec | null;
  readonly measure: MeasureSpec | null;
}

export const NO_QUESTION: QuestionState = {
  corridors: [],
  distanceKm: DEFAULT_DISTANCE_KM,
  reach: 'touch',
  area: null,
  measure: null,
};

export function hasQuestion(question: QuestionState): boolean {
  return question.corridors.length > 0 || question.area !== null || question.measure !== null;
}

// Five decimals of a degree is about a metre: finer precision only makes URLs longer.
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5 + 0;
}

export function roundPosition(p: Position): Position {
  return [roundCoordinate(p[0] as number), roundCoordinate(p[1] as number)];
}
