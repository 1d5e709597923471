// Search over project features, administrative units and the types and levels of projects, by
// Chinese or English name (any case), short and former names (成都高新区, 成自宜高铁, 武隆县), full
// pinyin and pinyin initials (chengdugaoxinqu, cdgxq) and, for units, the division code. Pure.
// Ranking: an exact match first, then a match at the start, then one inside a word; a project found
// only through its type or level ranks after every name match; then projects before places before
// types, then the shorter matched key, then the shorter name. Hits remember the key that matched,
// so the list can show why a result is there.
import type { Lang } from '../types';
import { pinyinInitials } from './pinyin-initials';

export type SearchTarget =
  | { kind: 'feature'; id: string }
  | { kind: 'unit'; adcode: string }
  /** a project type (subtype) or level: choosing it lists the projects of that type */
  | { kind: 'type'; field: 'subtype' | 'level'; value: string }
  /** a feature of the planner's own layer, by its layer and its place in the layer */
  | { kind: 'user'; layerId: string; index: number };

/** Why a key is there: shown beside a hit that matched through something other than the name. */
export type KeySource = 'name' | 'alias' | 'pinyin' | 'initials' | 'code' | 'type' | 'level';

export interface SearchKey {
  /** normalised text compared with the query (pinyin keys without spaces) */
  text: string;
  source: KeySource;
  /** the key as a person reads it (the alias as written, the type's name) */
  display: string;
}

export interface SearchEntry {
  target: SearchTarget;
  name_zh: string;
  name_en: string;
  keys: readonly SearchKey[];
}

/** 0 exact, 1 prefix, 2 substring; + 3 when only a type or level key matched */
export type MatchRank = 0 | 1 | 2 | 3 | 4 | 5;

export interface SearchHit {
  entry: SearchEntry;
  rank: MatchRank;
  /** the key that gave the best rank */
  matched: SearchKey;
}

/** Everything a feature or unit may carry for search; only the names are required. */
export interface SearchableNames {
  name_zh: string;
  name_en: string;
  /** short and former names, as written */
  aliases?: readonly string[];
  /** full pinyin and initials computed by the data build (lower case, no spaces) */
  search_keys?: readonly string[];
  /** names of the feature's type and level, both languages (secondary keys) */
  typeNames?: readonly { text: string; source: 'type' | 'level' }[];
}

/** Case, width and spacing differences do not matter: "ＣＤ", " cd " and "Cd" are the same query. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Pinyin is typed with or without spaces and apostrophes ("cheng du", "xi'an"): compare without them. */
const compact = (text: string) => text.replace(/[\s'’-]/g, '');
const SOURCES_COMPARED_COMPACT: readonly KeySource[] = ['pinyin', 'initials', 'code'];

export function createEntry(target: SearchTarget, names: SearchableNames): SearchEntry {
  const keys: SearchKey[] = [];
  const add = (display: string, source: KeySource, text = normalizeQuery(display)) => {
    if (text !== '' && !keys.some((key) => key.text === text && key.source === source)) keys.push({ text, source, display });
  };
  add(names.name_zh, 'name');
  add(names.name_en, 'name');
  add(pinyinInitials(names.name_zh), 'initials');
  for (const alias of names.aliases ?? []) {
    add(alias, 'alias');
    const initials = pinyinInitials(alias);
    add(`${initials} · ${alias}`, 'initials', initials);
  }
  for (const key of names.search_keys ?? []) add(key, 'pinyin', compact(normalizeQuery(key)));
  // Planners also know units by their division code (GB/T 2260), e.g. 510104.
  if (target.kind === 'unit') add(target.adcode, 'code');
  for (const { text, source } of names.typeNames ?? []) add(text, source);
  return { target, name_zh: names.name_zh, name_en: names.name_en, keys };
}

function rankOfKey(key: SearchKey, query: string, compactQuery: string): number | null {
  const q = SOURCES_COMPARED_COMPACT.includes(key.source) ? compactQuery : query;
  if (q === '') return null;
  const base = key.text === q ? 0 : key.text.startsWith(q) ? 1 : key.text.includes(q) ? 2 : null;
  if (base === null) return null;
  return key.source === 'type' || key.source === 'level' ? base + 3 : base;
}

function bestMatch(entry: SearchEntry, query: string): { rank: MatchRank; matched: SearchKey } | null {
  const compactQuery = compact(query);
  let best: { rank: MatchRank; matched: SearchKey } | null = null;
  for (const key of entry.keys) {
    const rank = rankOfKey(key, query, compactQuery);
    if (rank === null) continue;
    // at equal rank the shorter key: more of it is what the person typed
    if (best === null || rank < best.rank || (rank === best.rank && key.text.length < best.matched.text.length)) {
      best = { rank: rank as MatchRank, matched: key };
    }
  }
  return best;
}

// the planner's own features after the built-in projects and places, before types
const KIND_ORDER: Record<SearchTarget['kind'], number> = { feature: 0, unit: 1, user: 2, type: 3 };

/** Entries matching `rawQuery`, best first; an empty query matches nothing. */
export function search(entries: readonly SearchEntry[], rawQuery: string, lang: Lang, limit = 12): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (query === '') return [];
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const name = (entry: SearchEntry) => (lang === 'zh' ? entry.name_zh : entry.name_en);
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const match = bestMatch(entry, query);
    if (match) hits.push({ entry, ...match });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.entry.target.kind] - KIND_ORDER[b.entry.target.kind] ||
      // the hit whose matched key the query covers more of: "chengdu gaoxin" is all but "qu" of 成都高新区
      a.matched.text.length - b.matched.text.length ||
      name(a.entry).length - name(b.entry).length ||
      collator.compare(name(a.entry), name(b.entry)),
  );
  return hits.slice(0, limit);
}

export interface HitGroup {
  kind: SearchTarget['kind'];
  hits: SearchHit[];
}

/**
 * The hits grouped by kind (projects, places, types) for the suggestion list. Groups keep the order
 * of their best hit, so the first suggestion overall stays the first one shown.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  for (const hit of hits) {
    const group = groups.find((g) => g.kind === hit.entry.target.kind);
    if (group) group.hits.push(hit);
    else groups.push({ kind: hit.entry.target.kind, hits: [hit] });
  }
  return groups;
}

/** Whether a feature's names (or type) match the query at all (the list's search filter). */
export function matchesQuery(entry: SearchEntry, rawQuery: string): boolean {
  const query = normalizeQuery(rawQuery);
  return query === '' || bestMatch(entry, query) !== null;
}
