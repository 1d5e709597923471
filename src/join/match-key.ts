// Which unit one key names: by code, full name, English name, old name, short name, or a parent's
// name followed by the unit's. A key that names no unit, or several, gets the nearest candidates so
// the planner can see what was probably meant. The one set of rules for joining a table's key column
// (the choropleth) and for placing rows without coordinates (src/import/divisions.ts).
import type { Division, DivisionIndex } from './division-index.ts';
import { editDistance } from './edit-distance.ts';
import { divisionCode, englishKey, normaliseName, shortName, withoutProvince } from './name-forms.ts';

export type MatchedBy = 'adcode' | 'old-adcode' | 'name' | 'english' | 'old-name' | 'short-name' | 'parent-and-name';

export type KeyMatch =
  | { kind: 'matched'; adcode: string; by: MatchedBy }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unmatched'; candidates: string[] }
  | { kind: 'empty' };

/**
 * How candidates are found for a key that matches nothing: `near`, up to three units within an edit
 * distance of half the key's length (a join's "did you mean"); `any`, the three closest whatever the
 * distance (choices to fix a row from); `none`, no search (a caller that only wants the matches).
 */
export type CandidateSearch = 'near' | 'any' | 'none';

export interface MatchOptions<D extends Division> {
  /** only the units this accepts may match or be candidates (a level, or the units inside a city); default all */
  among?: (unit: D) => boolean;
  candidates?: CandidateSearch;
  /**
   * A township's or village's statistical code (510107001) names the county it begins with. Placing a
   * row there is right; a join is not (the county's value is not the township's), so by default such a
   * code matches nothing and offers the county as the candidate.
   */
  codesInside?: boolean;
}

const CANDIDATE_COUNT = 3;

type Allowed = (adcode: string) => boolean;

function allowedBy<D extends Division>(index: DivisionIndex<D>, among: ((unit: D) => boolean) | undefined, pool: ReadonlySet<string> | null): Allowed {
  return (adcode) => (pool === null || pool.has(adcode)) && (among === undefined || among(index.units.get(adcode) as D));
}

function inPool(adcodes: readonly string[] | undefined, allowed: Allowed): string[] {
  return adcodes === undefined ? [] : adcodes.filter(allowed);
}

function decide(adcodes: string[], by: MatchedBy): KeyMatch | undefined {
  if (adcodes.length === 1) return { kind: 'matched', adcode: adcodes[0] as string, by };
  if (adcodes.length > 1) return { kind: 'ambiguous', candidates: [...adcodes].sort() };
  return undefined;
}

function byNameForms(index: DivisionIndex<Division>, name: string, allowed: Allowed): KeyMatch | undefined {
  return (
    decide(inPool(index.byName.get(name), allowed), 'name') ??
    decide(inPool(index.byOldName.get(name), allowed), 'old-name') ??
    decide(inPool(index.byShort.get(shortName(name) ?? name), allowed), 'short-name')
  );
}

const NONE: ReadonlySet<string> = new Set();

function childrenOf(index: DivisionIndex<Division>, parent: string): ReadonlySet<string> {
  return index.children.get(parent) ?? NONE;
}

/** The parent a separate column names (成都 / 成都市 / 510100), if it is one of the index's parents. */
function resolveParent(index: DivisionIndex<Division>, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = withoutProvince(normaliseName(raw));
  if (text === '') return undefined;
  const short = shortName(text) ?? text;
  for (const [adcode, prefixes] of index.parentPrefixes) {
    if (adcode === text || prefixes[0] === text || shortName(prefixes[0] ?? '') === short) return adcode;
  }
  return undefined;
}

function nearest(index: DivisionIndex<Division>, name: string, english: string, allowed: Allowed, search: CandidateSearch): string[] {
  if (search === 'none') return [];
  const short = shortName(name) ?? name;
  const limit = search === 'any' ? Infinity : Math.max(1, Math.floor([...name].length / 2));
  const scored: { adcode: string; distance: number }[] = [];
  for (const unit of index.units.values()) {
    if (!allowed(unit.adcode)) continue;
    const unitShort = index.shortOf.get(unit.adcode) ?? null;
    const distance = Math.min(
      editDistance(name, index.fullOf.get(unit.adcode) ?? ''),
      unitShort === null ? Infinity : editDistance(short, unitShort),
      english !== '' ? editDistance(english, index.englishOf.get(unit.adcode) ?? '') : Infinity,
    );
    if (distance <= limit) scored.push({ adcode: unit.adcode, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.adcode.localeCompare(b.adcode));
  return scored.slice(0, CANDIDATE_COUNT).map((entry) => entry.adcode);
}

/** The units closest to a text (the candidates `matchKey` gives when it matches nothing). */
export function nearestUnits<D extends Division>(index: DivisionIndex<D>, rawText: string, options: MatchOptions<D> = {}): string[] {
  const name = withoutProvince(normaliseName(rawText));
  return nearest(index, name, englishKey(rawText), allowedBy(index, options.among, null), options.candidates ?? 'near');
}

/** A key read as a division code; undefined when it is not one (then it is read as a name). */
export function matchCode<D extends Division>(index: DivisionIndex<D>, rawKey: string, options: MatchOptions<D> = {}): KeyMatch | undefined {
  const read = divisionCode(rawKey);
  if (read === undefined) return undefined;
  const allowed = allowedBy(index, options.among, null);
  const known = index.units.has(read.code) && allowed(read.code);
  if (known && (read.exact || options.codesInside === true)) return { kind: 'matched', adcode: read.code, by: 'adcode' };
  const current = index.byOldCode.get(read.code);
  if (!known && current !== undefined && allowed(current) && (read.exact || options.codesInside === true)) return { kind: 'matched', adcode: current, by: 'old-adcode' };
  if (options.candidates === 'none') return { kind: 'unmatched', candidates: [] };
  if (known) return { kind: 'unmatched', candidates: [read.code] };
  if (current !== undefined && allowed(current)) return { kind: 'unmatched', candidates: [current] };
  const sameArea = [...index.units.keys()].filter((adcode) => adcode.slice(0, 4) === read.code.slice(0, 4) && allowed(adcode)).sort();
  return { kind: 'unmatched', candidates: sameArea.slice(0, CANDIDATE_COUNT) };
}

/** The unit a key names; `rawParent` is a separate column naming its parent (成都 for 武侯区). */
export function matchKey<D extends Division>(index: DivisionIndex<D>, rawKey: string, rawParent?: string, options: MatchOptions<D> = {}): KeyMatch {
  const text = normaliseName(rawKey);
  if (text === '') return { kind: 'empty' };
  const code = matchCode(index, text, options);
  if (code !== undefined) return code;
  const name = withoutProvince(text);
  const parent = resolveParent(index, rawParent);
  const allowed = allowedBy(index, options.among, parent === undefined ? null : childrenOf(index, parent));

  const direct = byNameForms(index, name, allowed);
  if (direct?.kind === 'matched') return direct;
  // 成都市武侯区, 乐山市中区: a parent's full or short name, then the unit's own.
  for (const [adcode, prefixes] of index.parentPrefixes) {
    for (const prefix of prefixes) {
      if (!name.startsWith(prefix) || name.length === prefix.length) continue;
      const rest = byNameForms(index, name.slice(prefix.length), allowedBy(index, options.among, childrenOf(index, adcode)));
      if (rest?.kind === 'matched') return { kind: 'matched', adcode: rest.adcode, by: 'parent-and-name' };
    }
  }
  if (direct !== undefined) return direct;
  if (/[a-z]/i.test(name)) {
    const english = decide(inPool(index.byEnglish.get(englishKey(rawKey)), allowed), 'english');
    if (english !== undefined) return english;
  }
  return { kind: 'unmatched', candidates: nearest(index, name, englishKey(rawKey), allowed, options.candidates ?? 'near') };
}
