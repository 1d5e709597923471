// Which features the list shows and in what order. Pure. The list shows the features the filters
// let through (given), narrowed by the search text, sorted by the chosen column (unknown values
// last, Chinese names in pinyin order: the table's sort rules, with place-name readings for names).
import type { UnitNameLookup } from '../charts/aggregate';
import type { Lang, ProjectFeature } from '../types';
import type { ListSort } from '../state/app-state';
import { sortFeatures } from '../table/sort';
import { matchesQuery, type SearchEntry } from '../search/search-index';
import { featureEntry } from '../search/type-entries';
import { pinyinSortKey } from '../search/pinyin-initials';

const entries = new WeakMap<ProjectFeature, SearchEntry>();

function entryOf(feature: ProjectFeature): SearchEntry {
  let entry = entries.get(feature);
  if (!entry) {
    entry = featureEntry(feature.properties);
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

const zhCollator = new Intl.Collator('zh-CN', { numeric: true });

/** Chinese names in pinyin order with place-name readings (重庆 under C); stable. */
function sortByChineseName(features: readonly ProjectFeature[], descending: boolean): ProjectFeature[] {
  const keyed = features.map((feature) => ({ feature, key: pinyinSortKey(feature.properties.name_zh) }));
  keyed.sort((a, b) => (descending ? -1 : 1) * zhCollator.compare(a.key, b.key));
  return keyed.map((entry) => entry.feature);
}

export function listFeatures({ visible, search, sort, lang, lookup }: ListInput): ProjectFeature[] {
  const matching = visible.filter((feature) => matchesQuery(entryOf(feature), search));
  if (sort === null) return matching;
  if (sort.column === 'name' && lang === 'zh') return sortByChineseName(matching, sort.direction === 'descending');
  return sortFeatures(matching, sort, lookup ? { lang, lookup } : { lang });
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function toggleListSort(current: ListSort | null, column: ListSort['column']): ListSort {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
