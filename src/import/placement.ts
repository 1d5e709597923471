// Where a feature's coordinates fall relative to the region, and the two usual reasons a planner's
// data lands elsewhere: longitude and latitude swapped, or Web Mercator metres instead of degrees.
import type { Geometry, Position } from 'geojson';
import { REGION } from './limits.ts';

export type Placement = 'inside' | 'partly' | 'swapped' | 'mercator' | 'outside';

const EARTH_RADIUS_M = 6378137;

export function isInRegion(lon: number, lat: number): boolean {
  return lon >= REGION.minLon && lon <= REGION.maxLon && lat >= REGION.minLat && lat <= REGION.maxLat;
}

/** EPSG:3857 metres to degrees (the spherical Mercator used by web maps). */
export function fromWebMercator([x, y, ...rest]: Position): Position {
  const lon = ((x ?? 0) / EARTH_RADIUS_M) * (180 / Math.PI);
  const lat = (2 * Math.atan(Math.exp((y ?? 0) / EARTH_RADIUS_M)) - Math.PI / 2) * (180 / Math.PI);
  return [lon, lat, ...rest];
}

export function swapLonLat([a, b, ...rest]: Position): Position {
  return [b ?? 0, a ?? 0, ...rest];
}

export function classifyPlacement(positions: readonly Position[]): Placement {
  let inside = 0;
  let swappedInside = 0;
  let mercatorInside = 0;
  for (const p of positions) {
    const lon = p[0] ?? Number.NaN;
    const lat = p[1] ?? Number.NaN;
    if (isInRegion(lon, lat)) inside++;
    if (isInRegion(lat, lon)) swappedInside++;
    // Degrees never exceed 180; metres near the region are in the millions.
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      const [mLon, mLat] = fromWebMercator(p);
      if (isInRegion(mLon ?? Number.NaN, mLat ?? Number.NaN)) mercatorInside++;
    }
  }
  const n = positions.length;
  if (n === 0 || inside === n) return 'inside';
  if (inside > 0) return 'partly';
  if (swappedInside === n) return 'swapped';
  if (mercatorInside === n) return 'mercator';
  return 'outside';
}

export function geometryPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(geometryPositions);
  }
}

/** A copy of the geometry with every position transformed. */
export function mapPositions(geometry: Geometry, transform: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: transform(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(transform) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(transform) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(transform)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(transform)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(transform))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapPositions(g, transform)) };
  }
}
