// Which unit one key of a table names: by code, full name, English name, old name, short name, or a
// parent's name followed by the unit's. A key that names no unit, or several, gets the nearest
// candidates so the planner can see what was probably meant.
import type { DivisionIndex } from './division-index.ts';
import { editDistance } from './edit-distance.ts';
import { englishKey, normaliseName, shortName, withoutProvince } from './name-forms.ts';

export type MatchedBy = 'adcode' | 'old-adcode' | 'name' | 'english' | 'old-name' | 'short-name' | 'parent-and-name';

export type KeyMatch =
  | { kind: 'matched'; adcode: string; by: MatchedBy }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unmatched'; candidates: string[] }
  | { kind: 'empty' };

const CANDIDATE_COUNT = 3;

function inPool(adcodes: readonly string[] | undefined, pool: ReadonlySet<string> | null): string[] {
  if (adcodes === undefined) return [];
  return pool === null ? [...adcodes] : adcodes.filter((adcode) => pool.has(adcode));
}

function decide(adcodes: string[], by: MatchedBy): KeyMatch | undefined {
  if (adcodes.length === 1) return { kind: 'matched', adcode: adcodes[0] as string, by };
  if (adcodes.length > 1) return { kind: 'ambiguous', candidates: [...adcodes].sort() };
  return undefined;
}

/** A six-digit code, or the twelve-digit statistical code of a county (510104000000). */
function codeOf(text: string): string | undefined {
  if (/^\d{6}$/.test(text)) return text;
  if (/^\d{12}$/.test(text) && text.endsWith('000000')) return text.slice(0, 6);
  return undefined;
}

function byNameForms(index: DivisionIndex, name: string, pool: ReadonlySet<string> | null): KeyMatch | undefined {
  return (
    decide(inPool(index.byName.get(name), pool), 'name') ??
    decide(inPool(index.byOldName.get(name), pool), 'old-name') ??
    decide(inPool(index.byShort.get(shortName(name) ?? name), pool), 'short-name')
  );
}

function childrenOf(index: DivisionIndex, parent: string): Set<string> {
  return new Set([...index.units.values()].filter((unit) => unit.parent === parent).map((unit) => unit.adcode));
}

/** The parent a separate column names (成都 / 成都市 / 510100), if it is one of the index's parents. */
function resolveParent(index: DivisionIndex, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = withoutProvince(normaliseName(raw));
  if (text === '') return undefined;
  for (const parent of index.parents.values()) {
    if (parent.adcode === text || normaliseName(parent.name_zh) === text || shortName(parent.name_zh) === (shortName(text) ?? text)) return parent.adcode;
  }
  return undefined;
}

function nearest(index: DivisionIndex, name: string, english: string, pool: ReadonlySet<string> | null): string[] {
  const short = shortName(name) ?? name;
  const limit = Math.max(1, Math.floor([...name].length / 2));
  const scored: { adcode: string; distance: number }[] = [];
  for (const unit of index.units.values()) {
    if (pool !== null && !pool.has(unit.adcode)) continue;
    const unitShort = index.shortOf.get(unit.adcode) ?? null;
    const distance = Math.min(
      editDistance(name, normaliseName(unit.name_zh)),
      unitShort === null ? Infinity : editDistance(short, unitShort),
      english !== '' ? editDistance(english, englishKey(unit.name_en)) : Infinity,
    );
    if (distance <= limit) scored.push({ adcode: unit.adcode, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.adcode.localeCompare(b.adcode));
  return scored.slice(0, CANDIDATE_COUNT).map((entry) => entry.adcode);
}

export function matchKey(index: DivisionIndex, rawKey: string, rawParent?: string): KeyMatch {
  const text = normaliseName(rawKey);
  if (text === '') return { kind: 'empty' };
  const code = codeOf(text);
  if (code !== undefined) {
    if (index.units.has(code)) return { kind: 'matched', adcode: code, by: 'adcode' };
    const current = index.byOldCode.get(code);
    if (current !== undefined) return { kind: 'matched', adcode: current, by: 'old-adcode' };
    const sameArea = [...index.units.keys()].filter((adcode) => adcode.slice(0, 4) === code.slice(0, 4)).sort();
    return { kind: 'unmatched', candidates: sameArea.slice(0, CANDIDATE_COUNT) };
  }
  const name = withoutProvince(text);
  const parent = resolveParent(index, rawParent);
  const pool = parent === undefined ? null : childrenOf(index, parent);

  const direct = byNameForms(index, name, pool);
  if (direct?.kind === 'matched') return direct;
  // 成都市武侯区, 乐山市中区: a parent's full or short name, then the unit's own.
  for (const candidate of index.parents.values()) {
    for (const prefix of new Set([normaliseName(candidate.name_zh), shortName(candidate.name_zh)])) {
      if (prefix === null || !name.startsWith(prefix) || name.length === prefix.length) continue;
      const rest = byNameForms(index, name.slice(prefix.length), childrenOf(index, candidate.adcode));
      if (rest?.kind === 'matched') return { kind: 'matched', adcode: rest.adcode, by: 'parent-and-name' };
    }
  }
  if (direct !== undefined) return direct;
  if (/[a-z]/i.test(name)) {
    const english = decide(inPool(index.byEnglish.get(englishKey(rawKey)), pool), 'english');
    if (english !== undefined) return english;
  }
  return { kind: 'unmatched', candidates: nearest(index, name, englishKey(rawKey), pool) };
}
