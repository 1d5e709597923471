// The chosen corridors broken into great-circle segments, each with a search box grown by the
// catchment distance, and indexed so that "which corridor segments could be within d of this
// place?" is one box lookup instead of a walk over every vertex.
import Flatbush from 'flatbush';
import type { Feature, GeoJsonProperties, LineString, MultiLineString, Position } from 'geojson';
import { distance as turfDistance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { EARTH_RADIUS_KM, KM_PER_DEGREE, boxOfPositions, expandBoxByKm, greatCircleBulgeKm, isWithinKm, type Box } from './geodesy';
import { SpatialInputError, assertPath } from './validate';
import { stepInto } from './spatial-problem';

export type CorridorFeature = Feature<LineString | MultiLineString, GeoJsonProperties>;

export interface CorridorSegments {
  /** ax, ay, bx, by per segment */
  readonly ends: Float64Array;
  readonly count: number;
  /** segment boxes grown by the catchment distance plus the segment's great-circle bulge */
  readonly tree: Flatbush;
  /** the same grown boxes, west, south, east, north per segment, in segment order */
  readonly grownBoxes: Float64Array;
  /** how far each segment's great circle can bow away from its straight lon/lat chord, km */
  readonly bulgeKm: Float64Array;
  /** each corridor part as a LineString, with its box, for crossing tests */
  readonly parts: readonly { line: LineString; box: Box }[];
}

function partsOf(corridors: readonly CorridorFeature[]): Position[][] {
  if (!Array.isArray(corridors) || corridors.length === 0) {
    throw new SpatialInputError('no-corridor');
  }
  const parts: Position[][] = [];
  corridors.forEach((corridor, i) => {
    const geometry = corridor?.geometry;
    if (geometry?.type === 'LineString') {
      assertPath(geometry.coordinates, 2, { thing: 'corridor', n: i });
      parts.push(geometry.coordinates);
    } else if (geometry?.type === 'MultiLineString') {
      geometry.coordinates.forEach((line: Position[], j: number) => {
        assertPath(line, 2, stepInto({ thing: 'corridor', n: i }, 'part', j));
        parts.push(line);
      });
    } else {
      throw new SpatialInputError('corridor-not-line', { n: i, type: String(geometry?.type) });
    }
  });
  return parts;
}

export function buildCorridorSegments(
  corridors: readonly CorridorFeature[],
  distanceKm: number,
): CorridorSegments {
  const parts = partsOf(corridors);
  const count = parts.reduce((sum, line) => sum + line.length - 1, 0);
  const ends = new Float64Array(count * 4);
  const tree = new Flatbush(count);
  const grownBoxes = new Float64Array(count * 4);
  const bulgeKm = new Float64Array(count);
  let s = 0;
  for (const line of parts) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      ends.set([a[0] as number, a[1] as number, b[0] as number, b[1] as number], s * 4);
      bulgeKm[s] = greatCircleBulgeKm(turfDistance(a, b));
      const reach = distanceKm + (bulgeKm[s] as number);
      const box = expandBoxByKm(boxOfPositions([a, b]), reach);
      tree.add(box[0], box[1], box[2], box[3]);
      grownBoxes.set(box, s * 4);
      s++;
    }
  }
  tree.finish();
  return {
    ends,
    count,
    tree,
    grownBoxes,
    bulgeKm,
    // copies, so that nothing downstream can reach back into the caller's arrays
    parts: parts.map((line) => ({
      line: { type: 'LineString', coordinates: line.map((p) => [p[0] as number, p[1] as number]) },
      box: boxOfPositions(line),
    })),
  };
}

/**
 * Great-circle distance (km) from a position to corridor segment `s`. Delegates to turf on the
 * two-point line, so that the minimum over segments equals turf's distance to the whole corridor
 * to the last bit: the indexed and the plain answers agree exactly.
 */
export function distanceToSegmentKm(segments: CorridorSegments, s: number, x: number, y: number): number {
  const e = segments.ends;
  const o = s * 4;
  const line: LineString = {
    type: 'LineString',
    coordinates: [
      [e[o] as number, e[o + 1] as number],
      [e[o + 2] as number, e[o + 3] as number],
    ],
  };
  return pointToLineDistance([x, y], line, { units: 'kilometers' });
}

/**
 * A flat (equirectangular, scaled at the position's latitude) distance to segment `s`, in km.
 * Within ~100 km it is within 2% of the great-circle distance to the chord, which itself lies
 * within the segment's bulge of the arc; used only to skip segments that are clearly too far.
 */
function flatDistanceKm(segments: CorridorSegments, s: number, x: number, y: number, kx: number): number {
  const e = segments.ends;
  const o = s * 4;
  const ax = ((e[o] as number) - x) * kx;
  const ay = ((e[o + 1] as number) - y) * KM_PER_DEGREE;
  const bx = ((e[o + 2] as number) - x) * kx;
  const by = ((e[o + 3] as number) - y) * KM_PER_DEGREE;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * Relative error bound of the flat distance near latitude `y`, for distances up to `distanceKm`.
 * Scaling longitude at the position's latitude misjudges a place Δ km north or south by about
 * tan(lat)·Δ/R; doubling that (with Δ ≤ 1.2·d) and adding 0.5% for the sphere's curvature leaves
 * wide headroom. At 30°N and 20 km this is under 1%.
 */
function flatErrorBound(y: number, distanceKm: number): number {
  const lat = Math.min(Math.abs(y) + 1, 80);
  return 0.005 + (2 * Math.tan((lat * Math.PI) / 180) * 1.2 * distanceKm) / EARTH_RADIUS_KM;
}
const FLAT_DISTANCE_SLACK_KM = 0.01;

/**
 * Is the position within `distanceKm` of any corridor segment? The flat distance settles the
 * clear cases both ways, with generous headroom (flatErrorBound); only positions near the edge of the
 * catchment are decided by turf's great-circle distance, nearest candidate segment first.
 */
export function positionWithinKm(segments: CorridorSegments, x: number, y: number, distanceKm: number): boolean {
  const near = segments.tree.search(x, y, x, y);
  if (near.length === 0) return false;
  const kx = KM_PER_DEGREE * Math.cos((y * Math.PI) / 180);
  const slack = 1 + flatErrorBound(y, distanceKm);
  const farLimit = distanceKm * slack + FLAT_DISTANCE_SLACK_KM;
  const edgeCases: { s: number; flat: number }[] = [];
  for (const s of near) {
    const flat = flatDistanceKm(segments, s, x, y, kx);
    const bulge = segments.bulgeKm[s] as number;
    if ((flat + bulge) * slack + FLAT_DISTANCE_SLACK_KM <= distanceKm) return true;
    if (flat - bulge * slack <= farLimit) edgeCases.push({ s, flat });
  }
  edgeCases.sort((p, q) => p.flat - q.flat);
  return edgeCases.some(({ s }) => isWithinKm(distanceToSegmentKm(segments, s, x, y), distanceKm));
}

/**
 * Great-circle distance (km) from a position to the nearest corridor segment whose grown box holds
 * it; Infinity when none does (the position is farther than the catchment distance).
 */
export function nearestSegmentKm(segments: CorridorSegments, x: number, y: number): number {
  let best = Infinity;
  for (const s of segments.tree.search(x, y, x, y)) best = Math.min(best, distanceToSegmentKm(segments, s, x, y));
  return best;
}
