// URL parameters of the search and the feature list: q (search text) and sort (list order).
// Typing replaces the current history entry (one entry per search, not per keystroke); choosing
// a sort order is a discrete change and gets its own entry.
import { bothLanguages } from '../i18n/translate';
import type { ListSort, ListSortColumn } from './app-state';
import { defineFieldCodec } from './url-codec';

/** Long enough for any name in the data; longer text is not a search anyone typed. */
export const MAX_SEARCH_LENGTH = 100;
const SORT_COLUMNS: readonly ListSortColumn[] = ['name', 'year', 'city'];

export const searchCodec = defineFieldCodec({
  field: 'search',
  param: 'q',
  history: 'replace',
  expected: bothLanguages('url.expected.search', { max: MAX_SEARCH_LENGTH }),
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
  expected: bothLanguages('url.expected.listSort'),
  parse: parseListSort,
  serialize: serializeListSort,
});

/** Registered in main.ts with the other codecs. */
export const searchCodecs = [searchCodec, listSortCodec];
