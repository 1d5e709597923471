// The catchment drawn on the map: a buffer polygon around the chosen corridors. Only for display;
// the catchment question itself is answered by exact distances (see catchment.ts), so a slightly
// simplified outline costs nothing in correctness.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buffer as turfBuffer } from '@turf/buffer';
import { simplify as turfSimplify } from '@turf/simplify';
import { union as turfUnion } from '@turf/union';
import { KM_PER_DEGREE } from './geodesy';
import { buildCorridorSegments, type CorridorFeature } from './corridor-segments';
import { SpatialInputError, assertCatchmentDistance } from './validate';

/**
 * Douglas–Peucker tolerance in degrees: a twentieth of the buffer distance, capped at 1 km. turf's
 * buffer is slow on lines with hundreds of vertices; at this tolerance the outline moves by less
 * than the width of the drawn stroke at the zoom where the whole buffer is visible.
 */
export function simplifyToleranceDegrees(distanceKm: number): number {
  return Math.min(distanceKm / 20, 1) / KM_PER_DEGREE;
}

export function catchmentBuffer(corridors: readonly CorridorFeature[], distanceKm: number): Polygon | MultiPolygon {
  assertCatchmentDistance(distanceKm);
  // validates the corridors and hands back copies of their parts, so the input is never touched
  const { parts } = buildCorridorSegments(corridors, distanceKm);
  const tolerance = simplifyToleranceDegrees(distanceKm);
  const buffers: Feature<Polygon | MultiPolygon>[] = parts.map(({ line }) => {
    const simplified = turfSimplify(line, { tolerance, highQuality: false, mutate: true });
    const buffered = turfBuffer(simplified, distanceKm, { units: 'kilometers', steps: 16 });
    if (!buffered) throw new SpatialInputError('buffer-failed');
    return buffered;
  });
  if (buffers.length === 1) return (buffers[0] as Feature<Polygon | MultiPolygon>).geometry;
  const merged = turfUnion({ type: 'FeatureCollection', features: buffers } as FeatureCollection<Polygon | MultiPolygon>);
  if (!merged) throw new SpatialInputError('merge-failed');
  return merged.geometry;
}
