// Which features the list shows and in what order. Pure. The list shows the features the filters
// let through (given), narrowed by the search text, sorted by the chosen column (unknown values
// last, Chinese names in pinyin order: the table's sort rules).
import type { UnitNameLookup } from '../charts/aggregate';
import type { Lang, ProjectFeature } from '../types';
import type { ListSort } from '../state/app-state';
import { sortFeatures } from '../table/sort';
import { createEntry, matchesQuery, type SearchEntry } from '../search/search-index';

const entries = new WeakMap<ProjectFeature, SearchEntry>();

function entryOf(feature: ProjectFeature): SearchEntry {
  let entry = entries.get(feature);
  if (!entry) {
    entry = createEntry({ kind: 'feature', id: feature.properties.id }, feature.properties);
    entries.set(feature, entry);
  }
  return entry;
}

export interface ListInput {
  visible: readonly ProjectFeature[];
  search: string;
  sort: ListSort | null;
  lang: Lang;
  lookup?: UnitNameLookup;
}

export function listFeatures({ visible, search, sort, lang, lookup }: ListInput): ProjectFeature[] {
  const matching = visible.filter((feature) => matchesQuery(entryOf(feature), search));
  if (sort === null) return matching;
  return sortFeatures(matching, sort, lookup ? { lang, lookup } : { lang });
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function toggleListSort(current: ListSort | null, column: ListSort['column']): ListSort {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
