// A planner's shown features as a CSV file: the layer, the feature's name, a point's longitude and
// latitude, then every property of the file under its own name (all keys, in the order first met).
// Cells go through the same writer as the project CSV (RFC 4180, formula guard, UTF-8 with a BOM).
import type { Feature } from 'geojson';
import type { Lang } from '../types.ts';
import { translate } from '../i18n/translate.ts';
import { csvLines, type CellValue } from './csv-cell.ts';
import { withBom } from './csv.ts';

export interface UserFeatureRow {
  layer: string;
  name: string | null | undefined;
  feature: Feature;
}

const FIXED = ['download.userColumn.layer', 'download.userColumn.name', 'download.userColumn.longitude', 'download.userColumn.latitude'] as const;

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  // booleans, lists and objects from a GeoJSON file: written as their JSON text
  return JSON.stringify(value);
}

export function userFeaturesCsvText(rows: readonly UserFeatureRow[], lang: Lang): string {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const { feature } of rows) {
    for (const key of Object.keys(feature.properties ?? {})) if (!seen.has(key)) keys.push(key), seen.add(key);
  }
  const lines = rows.map(({ layer, name, feature }): CellValue[] => {
    const point = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    return [layer, cell(name), point ? cell(point[0]) : null, point ? cell(point[1]) : null, ...keys.map((key) => cell(feature.properties?.[key]))];
  });
  return csvLines([[...FIXED.map((key) => translate(lang, key)), ...keys], ...lines]);
}

export function userFeaturesCsv(rows: readonly UserFeatureRow[], lang: Lang): Uint8Array<ArrayBuffer> {
  return withBom(userFeaturesCsvText(rows, lang));
}
