// Independent answers for the question tests, computed with turf straight from the served data
// (not through the app's spatial index), so a wrong index or wiring shows up as a mismatch.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { ProjectCollection, ProjectFeature } from '../../src/types';

const dataFile = (name: string) => fileURLToPath(new URL(`../../public/data/${name}`, import.meta.url));

export const collection = JSON.parse(readFileSync(dataFile('features.json'), 'utf8')) as ProjectCollection;
export const projects = collection.features as ProjectFeature[];

export function prefectureGeometry(adcode: string): Polygon | MultiPolygon {
  return unitGeometry(adcode, 'boundaries-base.json', 'prefectures');
}

export function countyGeometry(adcode: string): Polygon | MultiPolygon {
  return unitGeometry(adcode, 'boundaries-counties.json', 'counties');
}

function unitGeometry(adcode: string, file: string, object: string): Polygon | MultiPolygon {
  const topology = JSON.parse(readFileSync(dataFile(file), 'utf8')) as Topology;
  const units = topoFeature(topology, topology.objects[object] as GeometryCollection) as unknown as {
    features: { properties: { adcode: string }; geometry: Polygon | MultiPolygon }[];
  };
  const unit = units.features.find((candidate) => candidate.properties.adcode === adcode);
  if (!unit) throw new Error(`no unit ${adcode} in ${file}`);
  return unit.geometry;
}

function polylines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** Within d km of the line: points by distance; lines/polygons by crossing or the closest vertex either way. */
export function withinKmOfLine(geometry: Geometry, line: LineString, km: number): boolean {
  if (geometry.type === 'Point') return pointToLineDistance(geometry.coordinates, line, { units: 'kilometers' }) <= km;
  if (booleanIntersects(geometry, line)) return true;
  const rings = polylines(geometry);
  const near = (p: Position, path: Position[]) =>
    path.length > 1 && pointToLineDistance(p, { type: 'LineString', coordinates: path }, { units: 'kilometers' }) <= km;
  return rings.some((ring) => ring.some((p) => near(p, line.coordinates))) || line.coordinates.some((p) => rings.some((ring) => near(p, ring)));
}

/** In the area: points inside or on the edge; lines and polygons when any part is inside. */
export function inArea(geometry: Geometry, area: Polygon | MultiPolygon): boolean {
  return geometry.type === 'Point' ? booleanPointInPolygon(geometry.coordinates, area) : booleanIntersects(geometry, area);
}

export const idsWhere = (test: (feature: ProjectFeature) => boolean): string[] =>
  projects.filter(test).map((feature) => feature.id).sort();

/** Great-circle distance from a position to the line, km (turf, straight from the data). */
export function kmToLine(position: Position, line: LineString): number {
  return pointToLineDistance(position, line, { units: 'kilometers' });
}

/** Reach "anchor": points by their position, lines and areas by their anchor alone. */
export function anchorWithinKmOfLine(feature: ProjectFeature, line: LineString, km: number): boolean {
  const at = feature.geometry.type === 'Point' ? feature.geometry.coordinates : feature.properties.anchor;
  return kmToLine(at, line) <= km;
}
