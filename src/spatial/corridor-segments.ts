// The chosen corridors broken into great-circle segments, each with a search box grown by the
// catchment distance, and indexed so that "which corridor segments could be within d of this
// place?" is one box lookup instead of a walk over every vertex.
import Flatbush from 'flatbush';
import type { Feature, GeoJsonProperties, LineString, MultiLineString, Position } from 'geojson';
import { distance as turfDistance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { boxOfPositions, expandBoxByKm, greatCircleBulgeKm, type Box } from './geodesy';
import { SpatialInputError, assertPath } from './validate';

export type CorridorFeature = Feature<LineString | MultiLineString, GeoJsonProperties>;

export interface CorridorSegments {
  /** ax, ay, bx, by per segment */
  readonly ends: Float64Array;
  readonly count: number;
  /** segment boxes grown by the catchment distance plus the segment's great-circle bulge */
  readonly tree: Flatbush;
  /** the same grown boxes, west, south, east, north per segment, in segment order */
  readonly grownBoxes: Float64Array;
  /** each corridor part as a LineString, with its box, for crossing tests */
  readonly parts: readonly { line: LineString; box: Box }[];
}

function partsOf(corridors: readonly CorridorFeature[]): Position[][] {
  if (!Array.isArray(corridors) || corridors.length === 0) {
    throw new SpatialInputError('choose at least one corridor');
  }
  const parts: Position[][] = [];
  corridors.forEach((corridor, i) => {
    const geometry = corridor?.geometry;
    if (geometry?.type === 'LineString') {
      assertPath(geometry.coordinates, 2, `corridor ${i}`);
      parts.push(geometry.coordinates);
    } else if (geometry?.type === 'MultiLineString') {
      geometry.coordinates.forEach((line: Position[], j: number) => {
        assertPath(line, 2, `corridor ${i} part ${j}`);
        parts.push(line);
      });
    } else {
      throw new SpatialInputError(
        `corridor ${i} must be a LineString or MultiLineString, got ${String(geometry?.type)}`,
      );
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
  let s = 0;
  for (const line of parts) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      ends.set([a[0] as number, a[1] as number, b[0] as number, b[1] as number], s * 4);
      const reach = distanceKm + greatCircleBulgeKm(turfDistance(a, b));
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

/** Corridor segments whose grown box holds the position (candidates within reach of it). */
export function segmentsNear(segments: CorridorSegments, x: number, y: number): number[] {
  return segments.tree.search(x, y, x, y);
}
