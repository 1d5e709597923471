// The current set of features as a CSV file for spreadsheets.
// UTF-8 with a byte-order mark: without it several spreadsheet programs guess a legacy encoding
// and garble the Chinese names.
import { categoryLabel, levelLabel, statusLabel, subtypeLabel } from '../i18n/domain-labels.ts';
import type { Lang, ProjectFeature } from '../types.ts';
import { csvLines, type CellValue } from './csv-cell.ts';

export const CSV_COLUMNS = [
  'id', 'name_zh', 'name_en', 'category', 'subtype', 'level', 'province', 'cities', 'status', 'year',
  'precision', 'lon', 'lat', 'area_km2_official', 'sources',
] as const;

const BOM = [0xef, 0xbb, 0xbf];

/** Sources are joined with the same separator the curated CSV uses between them. */
const SOURCE_SEPARATOR = '; ';

/**
 * One row per feature. Category, subtype, level and status are written as labels in `lang` (the
 * file is for people reading a spreadsheet); an unverified level/status/year/area is left empty
 * rather than filled with a word, so numeric columns stay numeric.
 */
function featureRow(feature: ProjectFeature, lang: Lang): CellValue[] {
  const p = feature.properties;
  return [
    p.id,
    p.name_zh,
    p.name_en,
    categoryLabel(p.category, lang),
    subtypeLabel(p.subtype, lang),
    p.level === null ? null : levelLabel(p.level, lang),
    p.province,
    p.cities === '' ? null : p.cities,
    p.status === null ? null : statusLabel(p.status, lang),
    p.year,
    p.precision,
    p.anchor[0],
    p.anchor[1],
    p.area_km2_official,
    p.sources.map((source) => source.text).join(SOURCE_SEPARATOR),
  ];
}

export function toCSVText(features: readonly ProjectFeature[], lang: Lang): string {
  return csvLines([[...CSV_COLUMNS], ...features.map((feature) => featureRow(feature, lang))]);
}

/** The CSV file's bytes: BOM (EF BB BF) then UTF-8 text. */
export function toCSV(features: readonly ProjectFeature[], lang: Lang): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(toCSVText(features, lang));
  const bytes = new Uint8Array(BOM.length + text.length);
  bytes.set(BOM, 0);
  bytes.set(text, BOM.length);
  return bytes;
}
