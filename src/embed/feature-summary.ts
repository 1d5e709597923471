// The embed's text alternative: "Map of 85 features: corridors: 12, …" and one line per feature,
// so a screen-reader user learns what a sighted reader sees. Pure; translate() does the words.
import { CATEGORIES, type Category, type Lang, type ProjectProperties } from '../types';
import { translate } from '../i18n/translate';
import { categoryPluralLabel, statusWord, unknownLabel } from '../i18n/domain-labels';

export interface CategoryCount {
  category: Category;
  count: number;
}

/** Counts per category in the schema's order; categories without features are left out. */
export function countByCategory(features: readonly { properties: Pick<ProjectProperties, 'category'> }[]): CategoryCount[] {
  return CATEGORIES.map((category) => ({ category, count: features.filter((f) => f.properties.category === category).length })).filter(
    (row) => row.count > 0,
  );
}

export function summaryText(features: readonly { properties: Pick<ProjectProperties, 'category'> }[], lang: Lang): string {
  if (features.length === 0) return translate(lang, 'embed.summaryEmpty');
  const separator = translate(lang, 'words.join');
  const parts = countByCategory(features)
    .map(({ category, count }) => translate(lang, 'embed.summaryPart', { label: categoryPluralLabel(category, lang), count }))
    .join(separator);
  return translate(lang, 'embed.summary', { count: features.length, parts });
}

/** "Name — status, year; approximate location": unknown status or year is said, not skipped. */
export function featureLine(p: Pick<ProjectProperties, 'name_zh' | 'name_en' | 'status' | 'year' | 'precision'>, lang: Lang): string {
  const unknown = unknownLabel(lang);
  const status = p.status === null ? unknown : statusWord(p.status, lang);
  const year = p.year === null ? unknown : String(p.year);
  const name = lang === 'zh' ? p.name_zh : p.name_en;
  const place = p.precision === 'approximate' ? `; ${translate(lang, 'embed.approximate')}` : '';
  return `${name} — ${status}, ${year}${place}`;
}
