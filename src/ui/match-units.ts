// The unit finder's matching: name (Chinese or English, case-insensitive) or adcode prefix; names that
// start with the query first, then prefecture-level units before counties.
import type { Lang, UnitProperties } from '../types';

export type Matchable = Pick<UnitProperties, 'adcode' | 'name_zh' | 'name_en' | 'level' | 'parent'>;

const PREFECTURE_LEVEL_PARENTS = new Set(['510000', '500000']);

function isPrefectureLevel(unit: Matchable): boolean {
  return unit.parent !== null && PREFECTURE_LEVEL_PARENTS.has(unit.parent);
}

function score(unit: Matchable, query: string): number | null {
  const names = [unit.name_zh.toLowerCase(), unit.name_en.toLowerCase()];
  if (names.some((name) => name.startsWith(query)) || unit.adcode.startsWith(query)) return 0;
  if (names.some((name) => name.includes(query))) return 1;
  return null;
}

export function matchUnits<T extends Matchable>(units: readonly T[], rawQuery: string, lang: Lang, limit = 20): T[] {
  const query = rawQuery.trim().toLowerCase();
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const name = (unit: T) => (lang === 'zh' ? unit.name_zh : unit.name_en);
  return units
    .map((unit) => ({ unit, score: query === '' ? 0 : score(unit, query) }))
    .filter((entry): entry is { unit: T; score: number } => entry.score !== null)
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(isPrefectureLevel(b.unit)) - Number(isPrefectureLevel(a.unit)) ||
        collator.compare(name(a.unit), name(b.unit)),
    )
    .slice(0, limit)
    .map((entry) => entry.unit);
}
