// "What lies within d km of these corridors?" Index first, exact great-circle tests second.
// Inclusive: a feature exactly d km away counts (to EDGE_TOLERANCE_KM).
// - Points: distance to the nearest corridor segment.
// - Lines: minimum distance between the polylines (0 when they cross).
// - Polygons: 0 when a corridor crosses or enters the polygon, else the distance from the
//   corridor to the polygon boundary.
// With reach 'anchor', lines and polygons count only when their anchor point (the point they are
// labelled and listed at) lies within d km; points are unaffected.
import type { Position } from 'geojson';
import type { ExtendedGeometry } from './extended-feature-reach';
import { extendedFeatureDistanceKm, extendedFeatureWithin } from './extended-feature-reach';
import { KIND_POINT, resultFromMarks, type FeatureIndex, type SpatialQueryResult } from './feature-index';
import {
  buildCorridorSegments,
  nearestSegmentKm,
  positionWithinKm,
  type CorridorFeature,
  type CorridorSegments,
} from './corridor-segments';
import { assertCatchmentDistance } from './validate';

const MATCHED = 1;
/** a line or polygon whose box is within reach: needs the exact test */
const CANDIDATE = 2;

/** When a line or polygon counts: any part within d km ('touch'), or only its anchor ('anchor'). */
export type CatchmentReach = 'touch' | 'anchor';

export interface CatchmentOptions {
  /** default 'touch' */
  reach?: CatchmentReach;
  /** the anchor of feature i (required for reach 'anchor'; a feature without one never matches) */
  anchorOf?: (i: number) => Position | undefined;
}

export function catchment(
  index: FeatureIndex,
  corridors: readonly CorridorFeature[],
  distanceKm: number,
  options: CatchmentOptions = {},
): SpatialQueryResult {
  assertCatchmentDistance(distanceKm);
  const segments = buildCorridorSegments(corridors, distanceKm);
  const marks = new Uint8Array(index.ids.length);
  if (index.tree) {
    markCandidates(index, segments, marks);
    if (options.reach === 'anchor') markAnchors(index, segments, distanceKm, marks, options.anchorOf);
    resolveCandidates(index, segments, distanceKm, marks);
  }
  return resultFromMarks(index, marks);
}

/**
 * Reach 'anchor': every line and polygon is decided by its anchor alone. All of them are visited,
 * not only the box candidates, since an anchor need not lie inside its feature's box.
 */
function markAnchors(
  index: FeatureIndex,
  segments: CorridorSegments,
  distanceKm: number,
  marks: Uint8Array,
  anchorOf: CatchmentOptions['anchorOf'],
): void {
  for (let i = 0; i < marks.length; i++) {
    if (index.kinds[i] === KIND_POINT) continue;
    const anchor = anchorOf?.(i);
    marks[i] = anchor && positionWithinKm(segments, anchor[0] as number, anchor[1] as number, distanceKm) ? MATCHED : 0;
  }
}

/** Stage 1: every feature whose box meets a segment's grown box is a candidate. */
function markCandidates(index: FeatureIndex, segments: CorridorSegments, marks: Uint8Array): void {
  const tree = index.tree;
  if (!tree) return;
  const grown = segments.grownBoxes;
  for (let s = 0; s < segments.count; s++) {
    const found = tree.search(
      grown[s * 4] as number,
      grown[s * 4 + 1] as number,
      grown[s * 4 + 2] as number,
      grown[s * 4 + 3] as number,
    );
    for (const i of found) marks[i] = CANDIDATE;
  }
}

function resolveCandidates(
  index: FeatureIndex,
  segments: CorridorSegments,
  distanceKm: number,
  marks: Uint8Array,
): void {
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== CANDIDATE) continue;
    if (index.kinds[i] === KIND_POINT) {
      const x = index.boxes[i * 4] as number;
      const y = index.boxes[i * 4 + 1] as number;
      marks[i] = positionWithinKm(segments, x, y, distanceKm) ? MATCHED : 0;
      continue;
    }
    const geometry = index.features[i]?.geometry as ExtendedGeometry;
    const box = index.boxes.subarray(i * 4, i * 4 + 4);
    marks[i] = extendedFeatureWithin(geometry, box, segments, distanceKm) ? MATCHED : 0;
  }
}

/**
 * How far each of the given features (matches of the same catchment) lies from the corridors, km:
 * the distance that decided its match. Points and, with reach 'anchor', every anchor are measured
 * to the nearest corridor segment; with reach 'touch' a line or polygon is measured from its
 * nearest part, 0 when it crosses a corridor or a corridor runs inside it.
 */
export function catchmentDistancesKm(
  index: FeatureIndex,
  corridors: readonly CorridorFeature[],
  distanceKm: number,
  ids: readonly string[],
  options: CatchmentOptions = {},
): Map<string, number> {
  assertCatchmentDistance(distanceKm);
  const segments = buildCorridorSegments(corridors, distanceKm);
  const wanted = new Set(ids);
  const distances = new Map<string, number>();
  for (let i = 0; i < index.ids.length; i++) {
    const id = index.ids[i] as string;
    if (!wanted.has(id)) continue;
    let km: number;
    if (index.kinds[i] === KIND_POINT) {
      km = nearestSegmentKm(segments, index.boxes[i * 4] as number, index.boxes[i * 4 + 1] as number);
    } else if (options.reach === 'anchor') {
      const anchor = options.anchorOf?.(i);
      km = anchor ? nearestSegmentKm(segments, anchor[0] as number, anchor[1] as number) : Infinity;
    } else {
      const geometry = index.features[i]?.geometry as ExtendedGeometry;
      km = extendedFeatureDistanceKm(geometry, index.boxes.subarray(i * 4, i * 4 + 4), segments);
    }
    // a match on the very edge may measure a hair beyond it after rounding; it is within d
    distances.set(id, Math.min(km, distanceKm));
  }
  return distances;
}
