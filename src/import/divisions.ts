// Places a row that has no coordinates at the administrative unit it names: a province, city or
// county name (full, short or former) or a division code, matched offline against the shipped
// division list by the same rules as the choropleth's join (src/join/match-key.ts). This module
// reads the row's columns in turn (province, city, county, address) and decides the precision.
// Pure: the worker and the tests pass the list in.
import { buildDivisionIndex, type Division as NamedDivision, type DivisionIndex as NamedIndex } from '../join/division-index.ts';
import { matchCode, matchKey, nearestUnits, type MatchedBy, type MatchOptions } from '../join/match-key.ts';
import { normaliseName } from '../join/name-forms.ts';

export interface Division extends NamedDivision {
  level: 'province' | 'prefecture' | 'city' | 'district' | 'county';
  /** the government seat [lon, lat]; null when unknown */
  seat: [number, number] | null;
}

export interface DivisionList {
  units: Division[];
}

/** What the planner's row names, by column role. */
export interface PlaceQuery {
  province?: string;
  city?: string;
  county?: string;
  adcode?: string;
  /** free text such as an address: "四川省成都市武侯区人民南路" */
  address?: string;
}

/** `county`: a county-level unit (district, county, county-level city); `city`: a prefecture-level unit. */
export type PlacePrecision = 'county' | 'city';

export type PlaceMatch =
  | {
      ok: true; unit: Division; precision: PlacePrecision; how: How;
      /** a county text that matched nothing inside the unit found, so the row stays at the city */
      countyUnmatched?: { text: string; candidates: Division[] };
    }
  | { ok: false; reason: 'nothing' | 'province-only' | 'unknown'; text: string; candidates: Division[] };

const COUNTY_LEVELS = new Set<Division['level']>(['district', 'county', 'city']);

/** Every unit by all the forms it may be written in; the units with units inside them may be written before those. */
export type DivisionIndex = NamedIndex<Division>;

export function indexDivisions(list: DivisionList): DivisionIndex {
  const parents = new Set(list.units.map((unit) => unit.parent));
  return buildDivisionIndex(list.units, list.units.filter((unit) => parents.has(unit.adcode)));
}

function precisionOf(unit: Division): PlacePrecision | undefined {
  if (COUNTY_LEVELS.has(unit.level)) return 'county';
  if (unit.level === 'prefecture') return 'city';
  return undefined;
}

type How = 'adcode' | 'name' | 'short' | 'former';
type LevelFilter = (unit: Division) => boolean;
const anyLevel: LevelFilter = () => true;
const countyLevel: LevelFilter = (u) => COUNTY_LEVELS.has(u.level);
const cityLevel: LevelFilter = (u) => u.level === 'prefecture' || (u.level === 'district' && u.parent === '500000') || (u.level === 'county' && u.parent === '500000');
const provinceLevel: LevelFilter = (u) => u.level === 'province';
const placeable: LevelFilter = (u) => precisionOf(u) !== undefined;

const HOW: Readonly<Record<MatchedBy, How>> = {
  adcode: 'adcode', 'old-adcode': 'adcode', name: 'name', english: 'name', 'parent-and-name': 'name', 'short-name': 'short', 'old-name': 'former',
};

/** Units a text names among the levels allowed, preferring ones inside `within`. */
function lookup(index: DivisionIndex, text: string, levels: LevelFilter, within?: Division): { units: Division[]; how: How } | undefined {
  const options: MatchOptions<Division> = { candidates: 'none', codesInside: true };
  const inside = within ? matchKey(index, text, undefined, { ...options, among: (u) => levels(u) && isWithin(index, u, within) }) : undefined;
  const match = inside?.kind === 'matched' || inside?.kind === 'ambiguous' ? inside : matchKey(index, text, undefined, { ...options, among: levels });
  if (match.kind === 'matched') return { units: [unitOf(index, match.adcode)], how: HOW[match.by] };
  if (match.kind === 'ambiguous') return { units: match.candidates.map((adcode) => unitOf(index, adcode)), how: 'name' };
  return undefined;
}

function unitOf(index: DivisionIndex, adcode: string): Division {
  const unit = index.units.get(adcode);
  if (unit === undefined) throw new Error(`no division ${adcode}`);
  return unit;
}

function isWithin(index: DivisionIndex, unit: Division, area: Division): boolean {
  for (let u: Division | undefined = unit; u; u = u.parent ? index.units.get(u.parent) : undefined) if (u.adcode === area.adcode) return true;
  return false;
}

/** Reads "四川省成都市武侯区…" from the start: the longest known names in turn, each inside the one before. */
function leadingUnits(index: DivisionIndex, text: string): { unit: Division; how: How }[] {
  const found: { unit: Division; how: How }[] = [];
  let rest = text;
  while (rest.length >= 2) {
    let next: { unit: Division; how: How; length: number } | undefined;
    for (let end = Math.min(rest.length, 12); end >= 2 && !next; end--) {
      const hit = lookup(index, rest.slice(0, end), anyLevel, found[found.length - 1]?.unit);
      if (hit && hit.units.length === 1 && hit.units[0]) next = { unit: hit.units[0], how: hit.how, length: end };
    }
    if (!next) break;
    found.push({ unit: next.unit, how: next.how });
    rest = rest.slice(next.length);
  }
  return found;
}

function placed(unit: Division, how: How): PlaceMatch | undefined {
  const precision = precisionOf(unit);
  return precision === undefined ? undefined : { ok: true, unit, precision, how };
}

/**
 * The most precise unit a row names. The county column is read inside the city (and province) the
 * row names; text a unit name does not account for ("成都市高新区": a zone, not a division) leaves
 * the row at the unit named before it (成都市, precision city). `candidates: false` skips the search
 * for the nearest units of a text that matches none (a caller that only wants the matches).
 */
export function matchPlace(index: DivisionIndex, query: PlaceQuery, { candidates = true }: { candidates?: boolean } = {}): PlaceMatch {
  // The three closest units (of a level this places at), whatever the distance: choices to fix the row from.
  const nearest = (text: string, among: LevelFilter) =>
    candidates ? nearestUnits(index, text, { among: (u) => placeable(u) && among(u), candidates: 'any' }).map((adcode) => unitOf(index, adcode)) : [];
  const code = query.adcode === undefined ? undefined : matchCode(index, query.adcode, { codesInside: true, candidates: 'none' });
  if (code?.kind === 'matched') {
    const match = placed(unitOf(index, code.adcode), 'adcode');
    if (match) return match;
  }
  const province = query.province ? lookup(index, normaliseName(query.province), provinceLevel)?.units[0] : undefined;
  let area: { unit: Division; how: How } | undefined;
  if (query.city) {
    const text = normaliseName(query.city);
    const hit = lookup(index, text, cityLevel, province) ?? lookup(index, text, anyLevel, province);
    if (hit?.units.length === 1 && hit.units[0]) area = { unit: hit.units[0], how: hit.how };
    else {
      const chain = leadingUnits(index, text);
      area = chain[chain.length - 1];
    }
  }
  if (query.county) {
    const text = normaliseName(query.county);
    const within = area?.unit ?? province;
    const hit = lookup(index, text, countyLevel, within);
    if (hit?.units.length === 1 && hit.units[0]) area = { unit: hit.units[0], how: hit.how };
    else {
      const chain = leadingUnits(index, text).filter(({ unit }) => !within || isWithin(index, unit, within));
      const last = chain[chain.length - 1];
      if (last && (!area || isWithin(index, last.unit, area.unit))) area = last;
    }
  }
  if (query.address && (!area || precisionOf(area.unit) !== 'county')) {
    const chain = leadingUnits(index, normaliseName(query.address).replace(/^中国/, ''));
    const last = chain[chain.length - 1];
    if (last && (!area || isWithin(index, last.unit, area.unit))) area = last;
  }
  if (area) {
    const match = placed(area.unit, area.how);
    if (match?.ok && match.precision === 'city' && query.county && normaliseName(query.county) !== '' && !leadingUnits(index, normaliseName(query.county)).some(({ unit }) => unit === area?.unit)) {
      const text = normaliseName(query.county);
      const city = match.unit.adcode;
      const hasInside = [...index.units.values()].some((u) => u.parent === city);
      match.countyUnmatched = { text, candidates: nearest(text, hasInside ? (u) => u.parent === city : anyLevel) };
    }
    if (match) return match;
  }
  const given = [query.county, query.city, query.address, query.adcode, query.province].find((t) => t !== undefined && normaliseName(t) !== '');
  if (given === undefined) return { ok: false, reason: 'nothing', text: '', candidates: [] };
  if (area || province) return { ok: false, reason: 'province-only', text: given, candidates: [] };
  return { ok: false, reason: 'unknown', text: given, candidates: nearest(normaliseName(given), anyLevel) };
}


/**
 * matchPlace asked once per distinct place: a long table names the same few hundred units again and
 * again. The matches it returns are shared between rows; callers read them, never change them.
 */
export function placeMatcher(index: DivisionIndex): (query: PlaceQuery) => PlaceMatch {
  const known = new Map<string, PlaceMatch>();
  return (query) => {
    const key = JSON.stringify([query.province, query.city, query.county, query.adcode, query.address]);
    let match = known.get(key);
    if (match === undefined) known.set(key, (match = matchPlace(index, query)));
    return match;
  };
}
