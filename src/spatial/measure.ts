// Measurements for the map's ruler and drawing tools. All lengths are great-circle km and areas
// are km² on turf's sphere, the same measures the catchment question uses.
import type { Polygon, Position } from 'geojson';
import { area as turfArea } from '@turf/area';
import { distance as turfDistance } from '@turf/distance';
import { length as turfLength } from '@turf/length';
import { SpatialInputError, assertPath, assertPosition } from './validate';

/** [west, south, east, north] in degrees, the GeoJSON bbox order. */
export type Bounds = readonly [number, number, number, number];

/** A drawn rectangle as a closed, counter-clockwise polygon (RFC 7946 winding). */
export function rectangleToPolygon(bounds: Bounds): Polygon {
  if (!Array.isArray(bounds) || bounds.length !== 4) {
    throw new SpatialInputError('bounds-shape');
  }
  const [west, south, east, north] = bounds;
  assertPosition([west, south], { thing: 'south-west' });
  assertPosition([east, north], { thing: 'north-east' });
  if (!(west < east) || !(south < north)) {
    throw new SpatialInputError('bounds-order', { bounds: bounds.join(', ') });
  }
  return {
    type: 'Polygon',
    coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
  };
}

/** Length of a path in km, summed segment by segment along great circles. */
export function measurePath(coords: readonly Position[]): number {
  assertPath(coords, 2, { thing: 'path' });
  const line = { type: 'LineString' as const, coordinates: coords.map((p) => [p[0] as number, p[1] as number]) };
  return turfLength({ type: 'Feature', geometry: line, properties: {} }, { units: 'kilometers' });
}

/** Great-circle distance in km. */
export function distanceBetween(a: Position, b: Position): number {
  assertPosition(a, { thing: 'first-point' });
  assertPosition(b, { thing: 'second-point' });
  return turfDistance(a, b, { units: 'kilometers' });
}

/**
 * Area in km² of a polygon given as one outer ring, open or closed (a drawing tool rarely repeats
 * the first corner). Winding does not matter.
 */
export function polygonArea(ring: readonly Position[]): number {
  assertPath(ring, 3, { thing: 'polygon' });
  const corners = ring.map((p) => [p[0] as number, p[1] as number]);
  const first = corners[0] as number[];
  const last = corners[corners.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) corners.push([first[0] as number, first[1] as number]);
  if (corners.length < 4) throw new SpatialInputError('polygon-corners');
  return turfArea({ type: 'Polygon', coordinates: [corners] }) / 1e6;
}
