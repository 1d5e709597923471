// Sorting the table's rows. Pure. Names collate the way readers expect in each language
// (pinyin order for Chinese via Intl.Collator('zh-CN'), with place-name readings so that 重庆 sorts
// under C as in the project list); unknown values always go last, whichever the direction, so they
// never crowd the top of a sorted column.
import type { Lang, ProjectFeature } from '../types.ts';
import { pinyinSortKey } from '../search/pinyin-initials.ts';
import { sortValue, type ColumnContext, type ColumnKey, type SortValue } from './columns.ts';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: ColumnKey;
  direction: SortDirection;
}

const collators = new Map<Lang, Intl.Collator>();

function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Columns holding place and project names: in Chinese they collate by place-name readings
 * (重 chóng, 长 cháng). Other text (type labels such as 重点…) keeps the collator's usual reading.
 */
const NAME_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['name', 'city']);

function textKey(value: string, column: ColumnKey, lang: Lang): string {
  return lang === 'zh' && NAME_COLUMNS.has(column) ? pinyinSortKey(value) : value;
}

function compareKnown(a: NonNullable<SortValue>, b: NonNullable<SortValue>, collator: Intl.Collator): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  return collator.compare(String(a.value), String(b.value));
}

function keyedValue(value: SortValue, column: ColumnKey, lang: Lang): SortValue {
  return value !== null && value.kind === 'text' ? { kind: 'text', value: textKey(value.value, column, lang) } : value;
}

/**
 * A sorted copy of the features; the input is not changed. Stable: rows that compare equal keep
 * their incoming order in both directions (descending negates the comparison, it does not reverse).
 */
export function sortFeatures(
  features: readonly ProjectFeature[],
  sort: SortState,
  ctx: ColumnContext,
): ProjectFeature[] {
  const collator = collatorFor(ctx.lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = features.map((feature) => ({
    feature,
    value: keyedValue(sortValue(feature, sort.column, ctx), sort.column, ctx.lang),
  }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return sign * compareKnown(a.value, b.value, collator);
  });
  return keyed.map((entry) => entry.feature);
}

/** Clicking the sorted column flips its direction; clicking another column sorts it ascending. */
export function nextSort(current: SortState | null, column: ColumnKey): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
