// The columns of a download, shared by the CSV and the GeoJSON so the two files say the same thing:
// headers in the interface's language, and coded values (category, type, level, status, province,
// precision) written as words in that language. Unknown stays empty (null), never a guessed word,
// so the numeric columns stay numeric.
import { categoryLabel, levelLabel, precisionLabel, statusLabel, subtypeLabel } from '../i18n/domain-labels.ts';
import type { StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang, ProjectFeature, ProvinceCode } from '../types.ts';
import type { CellValue } from './csv-cell.ts';

/** Sources are joined with the same separator the curated CSV uses between them. */
const SOURCE_SEPARATOR = '; ';

const PROVINCE_KEYS: Record<ProvinceCode, StringKey> = {
  sichuan: 'province.sichuan',
  chongqing: 'province.chongqing',
  both: 'download.province.both',
};

interface Column {
  header: StringKey;
  value: (feature: ProjectFeature, lang: Lang) => CellValue;
}

export const DOWNLOAD_COLUMNS: readonly Column[] = [
  { header: 'download.column.id', value: (f) => f.properties.id },
  { header: 'download.column.nameZh', value: (f) => f.properties.name_zh },
  { header: 'download.column.nameEn', value: (f) => f.properties.name_en },
  { header: 'download.column.category', value: (f, lang) => categoryLabel(f.properties.category, lang) },
  { header: 'download.column.subtype', value: (f, lang) => subtypeLabel(f.properties.subtype, lang) },
  { header: 'download.column.level', value: (f, lang) => (f.properties.level === null ? null : levelLabel(f.properties.level, lang)) },
  { header: 'download.column.province', value: (f, lang) => (f.properties.province === null ? null : translate(lang, PROVINCE_KEYS[f.properties.province])) },
  { header: 'download.column.cities', value: (f) => (f.properties.cities.trim() === '' ? null : f.properties.cities) },
  { header: 'download.column.status', value: (f, lang) => (f.properties.status === null ? null : statusLabel(f.properties.status, lang)) },
  { header: 'download.column.year', value: (f) => f.properties.year },
  { header: 'download.column.precision', value: (f, lang) => precisionLabel(f.properties.precision, lang) },
  { header: 'download.column.lon', value: (f) => f.properties.anchor[0] },
  { header: 'download.column.lat', value: (f) => f.properties.anchor[1] },
  { header: 'download.column.area', value: (f) => f.properties.area_km2_official },
  { header: 'download.column.descriptionZh', value: (f) => f.properties.description_zh },
  { header: 'download.column.descriptionEn', value: (f) => f.properties.description_en },
  { header: 'download.column.sources', value: (f) => f.properties.sources.map((source) => source.text).join(SOURCE_SEPARATOR) },
];

/**
 * Each catchment match's distance to the corridors (km), when a catchment is asked: the download then
 * ends with that column. null/undefined: no catchment, no column.
 */
export type CorridorDistances = ReadonlyMap<string, number> | null | undefined;

/** To 10 m: finer than the list's tenth of a km, so a match a few metres off is not written as touching (0). */
function distanceValue(feature: ProjectFeature, distances: ReadonlyMap<string, number>): CellValue {
  const km = distances.get(feature.id);
  return km === undefined ? null : Math.round(km * 100) / 100;
}

export function downloadHeaders(lang: Lang, distances?: CorridorDistances): string[] {
  const headers = DOWNLOAD_COLUMNS.map((column) => translate(lang, column.header));
  return distances ? [...headers, translate(lang, 'download.column.distance')] : headers;
}

export function downloadValues(feature: ProjectFeature, lang: Lang, distances?: CorridorDistances): CellValue[] {
  const values = DOWNLOAD_COLUMNS.map((column) => column.value(feature, lang));
  return distances ? [...values, distanceValue(feature, distances)] : values;
}
