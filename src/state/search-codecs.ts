// URL parameters of the search and the feature list: q (search text) and sort (list order).
// Typing replaces the current history entry (one entry per search, not per keystroke); choosing
// a sort order is a discrete change and gets its own entry.
import type { ListSort, ListSortColumn } from './app-state';
import { defineFieldCodec } from './url-codec';

/** Long enough for any name in the data; longer text is not a search anyone typed. */
export const MAX_SEARCH_LENGTH = 100;
const SORT_COLUMNS: readonly ListSortColumn[] = ['name', 'year', 'city'];

export const searchCodec = defineFieldCodec({
  field: 'search',
  param: 'q',
  history: 'replace',
  expected: { zh: `搜索文字（最多 ${MAX_SEARCH_LENGTH} 个字符）`, en: `search text (at most ${MAX_SEARCH_LENGTH} characters)` },
  parse: (raw): string | undefined => {
    const text = raw.trim();
    return text.length > MAX_SEARCH_LENGTH ? undefined : text;
  },
  serialize: (text) => (text === '' ? null : text),
});

/** "year" sorts ascending, "-year" descending. */
export function parseListSort(raw: string): ListSort | undefined {
  const descending = raw.startsWith('-');
  const column = (descending ? raw.slice(1) : raw) as ListSortColumn;
  if (!SORT_COLUMNS.includes(column)) return undefined;
  return { column, direction: descending ? 'descending' : 'ascending' };
}

export function serializeListSort(sort: ListSort | null): string | null {
  if (sort === null) return null;
  return sort.direction === 'descending' ? `-${sort.column}` : sort.column;
}

export const listSortCodec = defineFieldCodec({
  field: 'listSort',
  param: 'sort',
  history: 'push',
  expected: { zh: '列表排序（name、year、city，前加 - 为降序）', en: 'list order (name, year or city; a leading - sorts descending)' },
  parse: parseListSort,
  serialize: serializeListSort,
});

/** Registered in main.ts with the other codecs. */
export const searchCodecs = [searchCodec, listSortCodec];
