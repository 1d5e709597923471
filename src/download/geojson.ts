// The current set of features as a GeoJSON file (RFC 7946). Its properties are the CSV's columns,
// named and worded in the interface's language (src/download/columns.ts), so a GIS attribute table
// reads like the spreadsheet; the feature's id stays the record's id.
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang, ProjectFeature, ProjectGeometry } from '../types.ts';
import type { CellValue } from './csv-cell.ts';
import { downloadHeaders, downloadValues, type CorridorDistances } from './columns.ts';

type DownloadProperties = Record<string, CellValue>;

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

function exportFeature(feature: ProjectFeature, headers: readonly string[], lang: Lang, distances: CorridorDistances): Feature<ProjectGeometry, DownloadProperties> {
  const values = downloadValues(feature, lang, distances);
  const properties = Object.fromEntries(headers.map((header, i) => [header, values[i] ?? null]));
  return { type: 'Feature', id: feature.id, geometry: rfc7946Geometry(feature.geometry), properties };
}

/**
 * A FeatureCollection in WGS84 longitude/latitude. No "crs" member: RFC 7946 removed it and fixes
 * the coordinate reference system.
 */
export function toGeoJSON(features: readonly ProjectFeature[], lang: Lang, distances?: CorridorDistances): string {
  const headers = downloadHeaders(lang, distances);
  const collection: FeatureCollection<ProjectGeometry, DownloadProperties> = {
    type: 'FeatureCollection',
    features: features.map((feature) => exportFeature(feature, headers, lang, distances)),
  };
  return JSON.stringify(collection);
}
