// Numbers and counts of the answers as the reader sees them, per language. Pure.
import { CATEGORIES, type Category, type Lang } from '../types';
import { categoryLabel } from '../i18n/domain-labels';
import { translate } from '../i18n/translate';
import { formatNumber as formatLocaleNumber } from '../i18n/number-format';

/** One decimal below 1000, whole numbers above: the drawn geometry is not more precise than that. */
export function formatNumber(value: number, lang: Lang): string {
  const digits = Math.abs(value) < 1000 ? 1 : 0;
  return formatLocaleNumber(value, lang, digits, digits);
}

export function formatKm(km: number, lang: Lang): string {
  return translate(lang, 'unit.km', { value: formatNumber(km, lang) });
}

/**
 * A match's distance to the corridor: "0 km" when it touches the corridor or lies across it (a
 * measured 0, not a rounded one), else to a tenth of a km like the other distances.
 */
export function formatCorridorDistance(km: number, lang: Lang): string {
  if (km === 0) return translate(lang, 'unit.km', { value: 0 });
  return formatKm(km, lang);
}

/** "通道 3 · 产业园区 2", categories in their fixed order, empty ones left out. */
export function formatCategoryCounts(counts: Readonly<Record<string, number>>, lang: Lang): string {
  return CATEGORIES.filter((category) => (counts[category] ?? 0) > 0)
    .map((category: Category) => `${categoryLabel(category, lang)} ${counts[category]}`)
    .join(' · ');
}

/** Counts per category of a list of features. */
export function countCategories(features: readonly { properties: { category: string } }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const feature of features) counts[feature.properties.category] = (counts[feature.properties.category] ?? 0) + 1;
  return counts;
}
