// "What lies in this area?" for a drawn rectangle or polygon. Points count when they are inside or
// on the boundary. Lines and polygons count when they INTERSECT the area (touch, cross or lie
// within): "inside" for an extended feature means "any part of it is inside", which is what a
// reader circling a region on the map expects to get back.
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { boxOfPositions } from './geodesy';
import { KIND_POINT, resultFromMarks, type FeatureIndex, type SpatialQueryResult } from './feature-index';
import { SpatialInputError, assertRings } from './validate';
import { stepInto } from './spatial-problem';

export type QueryArea = Polygon | MultiPolygon;

function assertArea(area: unknown): asserts area is QueryArea {
  const geometry = area as { type?: unknown; coordinates?: unknown } | null;
  if (geometry?.type === 'Polygon') {
    assertRings(geometry.coordinates, { thing: 'area' });
  } else if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0) {
    (geometry.coordinates as unknown[]).forEach((rings, i) => assertRings(rings, stepInto({ thing: 'area' }, 'part', i)));
  } else {
    throw new SpatialInputError('area-not-polygon', { type: String(geometry?.type) });
  }
}

export function featuresInArea(index: FeatureIndex, area: QueryArea): SpatialQueryResult {
  assertArea(area);
  const marks = new Uint8Array(index.ids.length);
  if (index.tree) {
    const outerRings = area.type === 'Polygon' ? [area.coordinates[0] ?? []] : area.coordinates.map((p) => p[0] ?? []);
    const box = boxOfPositions(outerRings.flat());
    // turf's point-in-polygon skips its ring walk for points outside a bbox member it finds
    const areaWithBox: QueryArea = { ...area, bbox: box };
    for (const i of index.tree.search(box[0], box[1], box[2], box[3])) {
      if (index.kinds[i] === KIND_POINT) {
        const x = index.boxes[i * 4] as number;
        const y = index.boxes[i * 4 + 1] as number;
        if (booleanPointInPolygon([x, y], areaWithBox)) marks[i] = 1;
      } else {
        const geometry = index.features[i]?.geometry;
        if (geometry && booleanIntersects(geometry, area)) marks[i] = 1;
      }
    }
  }
  return resultFromMarks(index, marks);
}
