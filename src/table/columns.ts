// The table's columns: what each shows and what it sorts by. Pure, shared by the table view and
// its tests. Unknown (null) is shown as "unknown"/"未知" and sorts last.
import type { UnitNameLookup } from '../charts/aggregate.ts';
import { categoryLabel, chartStrings, levelLabel, precisionLabel, statusLabel, subtypeLabel } from '../i18n/domain-labels.ts';
import { formatAreaNumber, formatNumber } from '../i18n/number-format.ts';
import { translate } from '../i18n/translate.ts';
import { CATEGORIES, LEVELS, PRECISIONS, STATUSES, type Lang, type ProjectFeature } from '../types.ts';
import { formatNumber as formatKmValue } from '../questions/format.ts';

// the distance comes right after the name, so it is in view without scrolling the wide table sideways
export const COLUMN_KEYS = ['name', 'distance', 'category', 'subtype', 'city', 'level', 'status', 'year', 'precision', 'area'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnContext {
  lang: Lang;
  /** names the prefecture-level units; without it the curator's cities text is shown */
  lookup?: UnitNameLookup;
  /** each catchment match's distance to the corridors (km), when a catchment is asked */
  distancesKm?: ReadonlyMap<string, number> | null;
}

/** The columns shown: the distance to the corridor only while a catchment is asked. */
export function visibleColumns(ctx: ColumnContext): ColumnKey[] {
  return COLUMN_KEYS.filter((key) => key !== 'distance' || (ctx.distancesKm ?? null) !== null);
}

/** text sorts by collation; number and rank (a fixed order such as national > joint) numerically */
export type SortValue = { kind: 'text'; value: string } | { kind: 'number'; value: number } | null;

export function columnHeader(key: ColumnKey, lang: Lang): string {
  return translate(lang, `table.column.${key}`);
}

function text(value: string | null): SortValue {
  return value === null || value === '' ? null : { kind: 'text', value };
}

function rank<T>(order: readonly T[], value: T | null): SortValue {
  return value === null ? null : { kind: 'number', value: order.indexOf(value) };
}

/** City names from the adcodes; falls back to the curator's text when no name is known. */
function cityNames(feature: ProjectFeature, ctx: ColumnContext): string[] {
  return feature.properties.prefectures
    .map((adcode) => ctx.lookup?.(adcode))
    .filter((name) => name !== undefined)
    .map((name) => (ctx.lang === 'zh' ? name.name_zh : name.name_en));
}

function cityText(feature: ProjectFeature, ctx: ColumnContext): string | null {
  const { cities } = feature.properties;
  const names = cityNames(feature, ctx);
  if (names.length > 0) return names.join(translate(ctx.lang, 'words.join'));
  return cities.trim() === '' ? null : cities.trim();
}

/** Cities shown in a cell before the rest are summarised as a count (zones span dozens of districts). */
const CITIES_IN_CELL = 3;

function shortCityText(feature: ProjectFeature, ctx: ColumnContext): string | null {
  const names = cityNames(feature, ctx);
  if (names.length <= CITIES_IN_CELL) return cityText(feature, ctx);
  const shown = names.slice(0, CITIES_IN_CELL);
  const rest = names.length - shown.length;
  return translate(ctx.lang, 'table.moreCities', { shown: shown.join(translate(ctx.lang, 'words.join')), total: names.length, rest });
}

/**
 * The official area where verified; otherwise the area of the built extent, marked "≈" because
 * that extent is approximate; otherwise unknown.
 */
function areaValue(feature: ProjectFeature): { value: number; approximate: boolean } | null {
  const { area_km2_official, area_km2_computed } = feature.properties;
  if (area_km2_official !== null) return { value: area_km2_official, approximate: false };
  if (area_km2_computed !== null) return { value: area_km2_computed, approximate: true };
  return null;
}

export function sortValue(feature: ProjectFeature, key: ColumnKey, ctx: ColumnContext): SortValue {
  const p = feature.properties;
  switch (key) {
    case 'name':
      return text(ctx.lang === 'zh' ? p.name_zh : p.name_en);
    case 'category':
      return rank(CATEGORIES, p.category);
    case 'subtype':
      return text(subtypeLabel(p.subtype, ctx.lang));
    case 'city':
      return text(cityText(feature, ctx));
    case 'level':
      return rank(LEVELS, p.level);
    case 'status':
      return rank(STATUSES, p.status);
    case 'year':
      return p.year === null ? null : { kind: 'number', value: p.year };
    case 'precision':
      return rank(PRECISIONS, p.precision);
    case 'area': {
      const area = areaValue(feature);
      return area === null ? null : { kind: 'number', value: area.value };
    }
    case 'distance': {
      const km = ctx.distancesKm?.get(feature.id);
      return km === undefined ? null : { kind: 'number', value: km };
    }
  }
}

/** The text shown in a cell; never empty: unknown values read "unknown"/"未知". */
export function cellText(feature: ProjectFeature, key: ColumnKey, ctx: ColumnContext): string {
  const p = feature.properties;
  const unknown = chartStrings(ctx.lang).unknown;
  switch (key) {
    case 'name':
      return ctx.lang === 'zh' ? p.name_zh : p.name_en;
    case 'category':
      return categoryLabel(p.category, ctx.lang);
    case 'subtype':
      return subtypeLabel(p.subtype, ctx.lang);
    case 'city':
      return shortCityText(feature, ctx) ?? unknown;
    case 'level':
      return levelLabel(p.level, ctx.lang);
    case 'status':
      return statusLabel(p.status, ctx.lang);
    case 'year':
      return p.year === null ? unknown : String(p.year);
    case 'precision':
      return precisionLabel(p.precision, ctx.lang);
    case 'area': {
      const area = areaValue(feature);
      if (area === null) return unknown;
      const number = formatAreaNumber(area.value, ctx.lang);
      return area.approximate ? `≈ ${number}` : number;
    }
    case 'distance': {
      // as the results list writes it: a measured 0 (touching or crossing) as 0, else to a tenth of a km
      const km = ctx.distancesKm?.get(feature.id);
      if (km === undefined) return unknown;
      return km === 0 ? '0' : formatKmValue(km, ctx.lang);
    }
  }
}
