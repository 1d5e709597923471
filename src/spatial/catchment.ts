// "What lies within d km of these corridors?" Index first, exact great-circle tests second.
// Inclusive: a feature exactly d km away counts (to EDGE_TOLERANCE_KM).
// - Points: distance to the nearest corridor segment.
// - Lines: minimum distance between the polylines (0 when they cross).
// - Polygons: 0 when a corridor crosses or enters the polygon, else the distance from the
//   corridor to the polygon boundary.
import type { ExtendedGeometry } from './extended-feature-reach';
import { extendedFeatureWithin } from './extended-feature-reach';
import { KIND_POINT, resultFromMarks, type FeatureIndex, type SpatialQueryResult } from './feature-index';
import {
  buildCorridorSegments,
  positionWithinKm,
  type CorridorFeature,
  type CorridorSegments,
} from './corridor-segments';
import { assertCatchmentDistance } from './validate';

const MATCHED = 1;
/** a line or polygon whose box is within reach: needs the exact test */
const CANDIDATE = 2;

export function catchment(
  index: FeatureIndex,
  corridors: readonly CorridorFeature[],
  distanceKm: number,
): SpatialQueryResult {
  assertCatchmentDistance(distanceKm);
  const segments = buildCorridorSegments(corridors, distanceKm);
  const marks = new Uint8Array(index.ids.length);
  if (index.tree) {
    markCandidates(index, segments, marks);
    resolveCandidates(index, segments, distanceKm, marks);
  }
  return resultFromMarks(index, marks);
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
