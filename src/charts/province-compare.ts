// Counts behind the Sichuan-vs-Chongqing chart. Pure: no DOM, no d3.
// A project in both provinces counts in each, as the province filter treats it, and the number of
// such projects is kept so the chart and its text can say so; a project whose province is unknown
// is counted apart, never given to either side.
import { CATEGORIES, type Category, type ProjectFeature } from '../types.ts';

export interface ProvinceCounts {
  sichuan: number;
  chongqing: number;
  /** of those, the projects that lie in both (counted on each side) */
  both: number;
}

export interface ProvinceComparisonRow extends ProvinceCounts {
  category: Category;
}

export interface ProvinceComparison {
  /** one row per category, in the fixed category order (zeros included, so rows keep their place) */
  rows: ProvinceComparisonRow[];
  totals: ProvinceCounts;
  /** projects whose province is unknown */
  unknown: number;
}

export function compareProvinces(features: readonly ProjectFeature[]): ProvinceComparison {
  const byCategory = new Map<Category, ProvinceCounts>(CATEGORIES.map((category) => [category, { sichuan: 0, chongqing: 0, both: 0 }]));
  const totals: ProvinceCounts = { sichuan: 0, chongqing: 0, both: 0 };
  let unknown = 0;
  for (const feature of features) {
    const { province, category } = feature.properties;
    if (province === null) {
      unknown += 1;
      continue;
    }
    const counts = byCategory.get(category) as ProvinceCounts;
    for (const target of [counts, totals]) {
      if (province === 'sichuan' || province === 'both') target.sichuan += 1;
      if (province === 'chongqing' || province === 'both') target.chongqing += 1;
      if (province === 'both') target.both += 1;
    }
  }
  return { rows: CATEGORIES.map((category) => ({ category, ...(byCategory.get(category) as ProvinceCounts) })), totals, unknown };
}
