// Counts behind the charts, computed from the currently filtered features. Pure: no DOM, no d3.
// Unknown values (null level/status/year, no prefecture) get their own bucket so that every feature
// in the set is visible somewhere; nothing is dropped or guessed.
import { CATEGORIES, LEVELS, STATUSES, type Category, type Level, type ProjectFeature, type Status } from '../types.ts';
import type { ChongqingBars } from '../state/chart-options.ts';

export interface UnitName {
  name_zh: string;
  name_en: string;
}

/** adcode -> names of the prefecture-level unit; undefined when the adcode is not known. */
export type UnitNameLookup = (adcode: string) => UnitName | undefined;

export type CategoryCounts = Record<Category, number>;

export interface CityCategoryRow {
  /** the adcode; 'unknown' for features without a prefecture */
  key: string;
  /** 'province' is Chongqing drawn as one bar */
  kind: 'city' | 'province' | 'unknown';
  /** null for 'province'/'unknown' rows and for adcodes the lookup does not know */
  name: UnitName | null;
  counts: CategoryCounts;
  total: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface YearCounts {
  /** one entry per year from the earliest to the latest known year, including years with 0 */
  years: YearCount[];
  /** features whose year is not verified: shown separately, never dropped */
  unknown: number;
}

export interface KeyCount<K extends string> {
  /** null is the "unknown" bucket */
  key: K | null;
  count: number;
}

export function emptyCategoryCounts(): CategoryCounts {
  return { corridor: 0, pilot_zone: 0, industrial_park: 0, platform: 0 };
}

export function sumCounts(counts: CategoryCounts): number {
  return CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
}

/** Chongqing's code; its districts and counties (its prefecture-level units) all start with 50. */
export const CHONGQING_ADCODE = '500000';
const inChongqing = (adcode: string): boolean => adcode.startsWith('50');

/**
 * Features per place at one level, split by category: Sichuan's prefectures beside Chongqing's
 * districts and counties, or Chongqing as one bar (`chongqing: 'one'`), where a feature in several of
 * its districts counts once. A feature lying in several places counts once in each, so the bars can
 * add up to more than the number of features. Every place is a row (no "others" remainder), sorted by
 * total (descending), ties by adcode so the order is stable; the unknown row comes last.
 */
export function countByCityAndCategory(
  features: readonly ProjectFeature[],
  lookup: UnitNameLookup,
  chongqing: ChongqingBars = 'districts',
): CityCategoryRow[] {
  const byAdcode = new Map<string, CategoryCounts>();
  const unknown = emptyCategoryCounts();
  const place = (adcode: string) => (chongqing === 'one' && inChongqing(adcode) ? CHONGQING_ADCODE : adcode);
  for (const feature of features) {
    const { prefectures, category } = feature.properties;
    if (prefectures.length === 0) unknown[category] += 1;
    // a place listed twice for one feature (or two districts of Chongqing as one bar) counts the feature once
    for (const adcode of new Set(prefectures.map(place))) {
      let counts = byAdcode.get(adcode);
      if (!counts) {
        counts = emptyCategoryCounts();
        byAdcode.set(adcode, counts);
      }
      counts[category] += 1;
    }
  }
  const rows: CityCategoryRow[] = [...byAdcode].map(([adcode, counts]) =>
    adcode === CHONGQING_ADCODE
      ? { key: adcode, kind: 'province', name: null, counts, total: sumCounts(counts) }
      : { key: adcode, kind: 'city', name: lookup(adcode) ?? null, counts, total: sumCounts(counts) },
  );
  rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unknownTotal = sumCounts(unknown);
  if (unknownTotal > 0) rows.push({ key: 'unknown', kind: 'unknown', name: null, counts: unknown, total: unknownTotal });
  return rows;
}

/** Features per year, with empty years filled in so a timeline has no silent gaps. */
export function countByYear(features: readonly ProjectFeature[]): YearCounts {
  const perYear = new Map<number, number>();
  let unknown = 0;
  for (const feature of features) {
    const { year } = feature.properties;
    if (year === null) unknown += 1;
    else perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  if (perYear.size === 0) return { years: [], unknown };
  const known = [...perYear.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const years: YearCount[] = [];
  for (let year = first; year <= last; year += 1) years.push({ year, count: perYear.get(year) ?? 0 });
  return { years, unknown };
}

function countByKey<K extends string>(
  features: readonly ProjectFeature[],
  order: readonly K[],
  keyOf: (feature: ProjectFeature) => K | null,
): KeyCount<K>[] {
  const counts = new Map<K | null, number>();
  for (const feature of features) {
    const key = keyOf(feature);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // every known value is listed (0 included) so bars keep their place as the filter changes;
  // the unknown bucket appears only when some feature is unknown
  const rows: KeyCount<K>[] = order.map((key) => ({ key, count: counts.get(key) ?? 0 }));
  const unknown = counts.get(null) ?? 0;
  if (unknown > 0) rows.push({ key: null, count: unknown });
  return rows;
}

export function countByLevel(features: readonly ProjectFeature[]): KeyCount<Level>[] {
  return countByKey(features, LEVELS, (feature) => feature.properties.level);
}

export function countByStatus(features: readonly ProjectFeature[]): KeyCount<Status>[] {
  return countByKey(features, STATUSES, (feature) => feature.properties.status);
}
