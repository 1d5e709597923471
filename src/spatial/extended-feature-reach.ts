// Is a line or polygon feature within d km of the corridors? Distances are great-circle (turf).
// - Crossing or entering counts as distance 0 (turf boolean-intersects; a polygon that wholly
//   contains a corridor also intersects it).
// - Otherwise two non-crossing polylines are closest at a vertex of one of them, so it is enough
//   to measure every feature vertex against nearby corridor segments and every corridor vertex
//   against nearby feature segments. Polygons are measured through their rings (the boundary).
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanIntersects } from '@turf/boolean-intersects';
import { distance as turfDistance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { boxOfPositions, boxesOverlap, expandBoxByKm, greatCircleBulgeKm, isWithinKm } from './geodesy';
import { nearestSegmentKm, positionWithinKm, type CorridorSegments } from './corridor-segments';

export type ExtendedGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** The polylines that make up the geometry: lines as they are, polygons by their rings. */
export function polylinesOf(geometry: ExtendedGeometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

function someVertexWithin(polylines: Position[][], segments: CorridorSegments, distanceKm: number): boolean {
  for (const line of polylines) {
    for (const p of line) {
      if (positionWithinKm(segments, p[0] as number, p[1] as number, distanceKm)) return true;
    }
  }
  return false;
}

function someCorridorVertexWithin(polylines: Position[][], segments: CorridorSegments, distanceKm: number): boolean {
  const e = segments.ends;
  for (const line of polylines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      // grow the feature segment's box by its own bulge so the lookup cannot miss a close vertex
      const box = expandBoxByKm(boxOfPositions([a, b]), greatCircleBulgeKm(turfDistance(a, b)));
      const near = segments.tree.search(box[0], box[1], box[2], box[3]);
      if (near.length === 0) continue;
      const edge: LineString = { type: 'LineString', coordinates: [a, b] };
      for (const s of near) {
        for (let end = 0; end < 4; end += 2) {
          const vertex = [e[s * 4 + end] as number, e[s * 4 + end + 1] as number];
          if (isWithinKm(pointToLineDistance(vertex, edge, { units: 'kilometers' }), distanceKm)) return true;
        }
      }
    }
  }
  return false;
}

function crossesACorridor(geometry: ExtendedGeometry, featureBox: ArrayLike<number>, segments: CorridorSegments): boolean {
  return segments.parts.some(
    (part) => boxesOverlap(part.box, featureBox) && booleanIntersects(part.line, geometry),
  );
}

export function extendedFeatureWithin(
  geometry: ExtendedGeometry,
  featureBox: ArrayLike<number>,
  segments: CorridorSegments,
  distanceKm: number,
): boolean {
  const polylines = polylinesOf(geometry);
  return (
    someVertexWithin(polylines, segments, distanceKm) ||
    someCorridorVertexWithin(polylines, segments, distanceKm) ||
    crossesACorridor(geometry, featureBox, segments)
  );
}

/**
 * The distance (km) from a line or polygon to the corridors: 0 when a corridor crosses or enters
 * it, else the least of every feature vertex to the corridors and every nearby corridor vertex to
 * the feature's segments (the closest pair of non-crossing polylines has a vertex at one end).
 * Only corridor segments within the catchment's reach are measured, so a feature farther than the
 * catchment distance gets Infinity: call it for matches.
 */
export function extendedFeatureDistanceKm(
  geometry: ExtendedGeometry,
  featureBox: ArrayLike<number>,
  segments: CorridorSegments,
): number {
  if (crossesACorridor(geometry, featureBox, segments)) return 0;
  const e = segments.ends;
  let best = Infinity;
  for (const line of polylinesOf(geometry)) {
    for (const p of line) best = Math.min(best, nearestSegmentKm(segments, p[0] as number, p[1] as number));
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      const box = boxOfPositions([a, b]);
      const near = segments.tree.search(box[0], box[1], box[2], box[3]);
      if (near.length === 0) continue;
      const edge: LineString = { type: 'LineString', coordinates: [a, b] };
      for (const s of near) {
        for (let end = 0; end < 4; end += 2) {
          const vertex = [e[s * 4 + end] as number, e[s * 4 + end + 1] as number];
          best = Math.min(best, pointToLineDistance(vertex, edge, { units: 'kilometers' }));
        }
      }
    }
  }
  return best;
}
