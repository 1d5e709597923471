// Search over project features and administrative units by Chinese name, English name
// (case-insensitive), pinyin initials and, for units, the division code. Pure. Ranking: an exact name first, then names that start
// with the query, then names that contain it; within a rank projects before units, then shorter
// names (the more specific hit), then collation order in the reader's language.
import type { Lang } from '../types';
import { pinyinInitials } from './pinyin-initials';

export type SearchTarget = { kind: 'feature'; id: string } | { kind: 'unit'; adcode: string };

export interface SearchEntry {
  target: SearchTarget;
  name_zh: string;
  name_en: string;
  /** words for matching only: lower-case names and initials */
  keys: readonly string[];
}

export type MatchRank = 0 | 1 | 2; // exact, prefix, substring

export interface SearchHit {
  entry: SearchEntry;
  rank: MatchRank;
}

/** Case, width and spacing differences do not matter: "ＣＤ", " cd " and "Cd" are the same query. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function createEntry(target: SearchTarget, names: { name_zh: string; name_en: string }): SearchEntry {
  const keys = [normalizeQuery(names.name_zh), normalizeQuery(names.name_en), pinyinInitials(names.name_zh)];
  // Planners also know units by their division code (GB/T 2260), e.g. 510104.
  if (target.kind === 'unit') keys.push(target.adcode);
  return { target, name_zh: names.name_zh, name_en: names.name_en, keys: keys.filter((key) => key !== '') };
}

function rankOf(entry: SearchEntry, query: string): MatchRank | null {
  let best: MatchRank | null = null;
  for (const key of entry.keys) {
    const rank: MatchRank | null = key === query ? 0 : key.startsWith(query) ? 1 : key.includes(query) ? 2 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/** Entries matching `rawQuery`, best first; an empty query matches nothing. */
export function search(entries: readonly SearchEntry[], rawQuery: string, lang: Lang, limit = 12): SearchHit[] {
  const query = normalizeQuery(rawQuery);
  if (query === '') return [];
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const name = (entry: SearchEntry) => (lang === 'zh' ? entry.name_zh : entry.name_en);
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const rank = rankOf(entry, query);
    if (rank !== null) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(a.entry.target.kind === 'unit') - Number(b.entry.target.kind === 'unit') ||
      name(a.entry).length - name(b.entry).length ||
      collator.compare(name(a.entry), name(b.entry)),
  );
  return hits.slice(0, limit);
}

/** Whether a feature's names match the query at all (the list's search filter). */
export function matchesQuery(entry: SearchEntry, rawQuery: string): boolean {
  const query = normalizeQuery(rawQuery);
  return query === '' || rankOf(entry, query) !== null;
}
