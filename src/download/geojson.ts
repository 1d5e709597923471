// The current set of features as a GeoJSON file (RFC 7946).
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectFeature, ProjectGeometry, ProjectProperties } from '../types.ts';

/**
 * RFC 7946 §3.1.6 asks for counter-clockwise exterior rings (holes clockwise). Only polygons are
 * rewound: turf's rewind would also flip a line's direction, which carries meaning for a corridor.
 * Works on a copy; the input is never changed.
 */
function rfc7946Geometry(geometry: ProjectGeometry): ProjectGeometry {
  const copy = structuredClone(geometry);
  if (copy.type === 'Polygon' || copy.type === 'MultiPolygon') rewind(copy, { reverse: false, mutate: true });
  return copy;
}

function exportFeature(feature: ProjectFeature): Feature<ProjectGeometry, ProjectProperties> {
  const geometry = rfc7946Geometry(feature.geometry);
  return { type: 'Feature', id: feature.id, geometry, properties: structuredClone(feature.properties) };
}

/**
 * A FeatureCollection in WGS84 longitude/latitude. No "crs" member: RFC 7946 removed it and fixes
 * the coordinate reference system.
 */
export function toGeoJSON(features: readonly ProjectFeature[]): string {
  const collection: FeatureCollection<ProjectGeometry, ProjectProperties> = {
    type: 'FeatureCollection',
    features: features.map(exportFeature),
  };
  return JSON.stringify(collection);
}
