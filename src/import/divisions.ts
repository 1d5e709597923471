// Places a row that has no coordinates at the administrative unit it names: a province, city or
// county name (full, short or former) or a division code, matched offline against the shipped
// division list. Pure: the worker and the tests pass the list in.
import { toHalfWidth } from './read-number.ts';

export interface Division {
  adcode: string;
  name_zh: string;
  name_en: string;
  level: 'province' | 'prefecture' | 'city' | 'district' | 'county';
  parent: string | null;
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
      ok: true; unit: Division; precision: PlacePrecision; how: 'adcode' | 'name' | 'short' | 'former';
      /** a county text that matched nothing inside the unit found, so the row stays at the city */
      countyUnmatched?: { text: string; candidates: Division[] };
    }
  | { ok: false; reason: 'nothing' | 'province-only' | 'unknown'; text: string; candidates: Division[] };

// Suffixes removed to get a unit's short name, longest first ("阿坝藏族羌族自治州" → "阿坝").
const SUFFIXES = [
  '藏族羌族自治州', '彝族自治州', '藏族自治州', '土家族苗族自治县', '苗族土家族自治县', '土家族自治县', '彝族自治县', '藏族自治县',
  '羌族自治县', '自治州', '自治县', '特别行政区', '地区', '新区', '省', '市', '州', '区', '县', '盟', '旗',
];

/** Former names of units renamed or merged since the shipped list's source (old name → current adcode). */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  开县: '500154', 郫县: '510117', 宜宾县: '511504', 安县: '510705', 达县: '511703', 灌县: '510181', 双桥区: '500111', 万盛区: '500110',
};

const COUNTY_LEVELS = new Set<Division['level']>(['district', 'county', 'city']);

export function shortName(name: string): string {
  for (const suffix of SUFFIXES) if (name.length > suffix.length + 1 && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  return name;
}

function clean(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').trim();
}

export interface DivisionIndex {
  byCode: Map<string, Division>;
  /** full and short Chinese names, lower-cased English names → units (a short name may be shared) */
  byName: Map<string, Division[]>;
  units: Division[];
}

export function indexDivisions(list: DivisionList): DivisionIndex {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const add = (key: string, unit: Division) => {
    const found = byName.get(key);
    if (!found) byName.set(key, [unit]);
    else if (!found.includes(unit)) found.push(unit);
  };
  for (const unit of list.units) {
    byCode.set(unit.adcode, unit);
    add(unit.name_zh, unit);
    add(shortName(unit.name_zh), unit);
    add(unit.name_en.toLowerCase(), unit);
    add(unit.name_en.toLowerCase().replace(/\s+(city|district|county|prefecture|municipality|province|autonomous prefecture)$/, ''), unit);
  }
  for (const [former, adcode] of Object.entries(FORMER_NAMES)) {
    const unit = byCode.get(adcode);
    if (unit) add(former, unit);
  }
  return { byCode, byName, units: list.units };
}

function precisionOf(unit: Division): PlacePrecision | undefined {
  if (COUNTY_LEVELS.has(unit.level)) return 'county';
  if (unit.level === 'prefecture') return 'city';
  return undefined;
}

type How = 'name' | 'short' | 'former';
type LevelFilter = (unit: Division) => boolean;
const anyLevel: LevelFilter = () => true;
const countyLevel: LevelFilter = (u) => COUNTY_LEVELS.has(u.level);
const cityLevel: LevelFilter = (u) => u.level === 'prefecture' || (u.level === 'district' && u.parent === '500000') || (u.level === 'county' && u.parent === '500000');
const provinceLevel: LevelFilter = (u) => u.level === 'province';

/** Units a text names (full, short or former name) among the levels allowed, preferring ones inside `within`. */
function lookup(index: DivisionIndex, text: string, levels: LevelFilter, within?: Division): { units: Division[]; how: How } | undefined {
  const key = /[a-z]/i.test(text) ? text.toLowerCase() : text;
  const short = shortName(key);
  for (const candidate of short === key ? [key] : [key, short]) {
    const units = (index.byName.get(candidate) ?? []).filter(levels);
    if (units.length === 0) continue;
    const inside = within ? units.filter((u) => isWithin(index, u, within)) : units;
    const chosen = inside.length > 0 ? inside : units;
    const exact = chosen.some((u) => u.name_zh === key || u.name_en.toLowerCase() === key);
    const how: How = exact ? 'name' : FORMER_NAMES[key] !== undefined || candidate !== key ? 'former' : 'short';
    return { units: chosen, how };
  }
  return undefined;
}

function isWithin(index: DivisionIndex, unit: Division, area: Division): boolean {
  for (let u: Division | undefined = unit; u; u = u.parent ? index.byCode.get(u.parent) : undefined) if (u.adcode === area.adcode) return true;
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

/** A division code as planners write it: 6 digits, or the 9- and 12-digit statistical codes that start with it. */
function readAdcode(text: string): string | undefined {
  const digits = clean(text).replace(/\.0+$/, '');
  return /^\d{6}(\d{3}|\d{6})?$/.test(digits) ? digits.slice(0, 6) : undefined;
}

function placed(unit: Division, how: How | 'adcode'): PlaceMatch | undefined {
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
  const nearest = (within: DivisionIndex, text: string) => (candidates ? nearestUnits(within, text, 3) : []);
  const code = query.adcode === undefined ? undefined : readAdcode(query.adcode);
  const byCode = code === undefined ? undefined : index.byCode.get(code);
  if (byCode) {
    const match = placed(byCode, 'adcode');
    if (match) return match;
  }
  const province = query.province ? lookup(index, clean(query.province), provinceLevel)?.units[0] : undefined;
  let area: { unit: Division; how: How } | undefined;
  if (query.city) {
    const text = clean(query.city);
    const hit = lookup(index, text, cityLevel, province) ?? lookup(index, text, anyLevel, province);
    if (hit?.units.length === 1 && hit.units[0]) area = { unit: hit.units[0], how: hit.how };
    else {
      const chain = leadingUnits(index, text);
      area = chain[chain.length - 1];
    }
  }
  if (query.county) {
    const text = clean(query.county);
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
    const chain = leadingUnits(index, clean(query.address).replace(/^中国/, ''));
    const last = chain[chain.length - 1];
    if (last && (!area || isWithin(index, last.unit, area.unit))) area = last;
  }
  if (area) {
    const match = placed(area.unit, area.how);
    if (match?.ok && match.precision === 'city' && query.county && clean(query.county) !== '' && !leadingUnits(index, clean(query.county)).some(({ unit }) => unit === area?.unit)) {
      const text = clean(query.county);
      const inside = index.units.filter((u) => u.parent === match.unit.adcode);
      match.countyUnmatched = { text, candidates: nearest({ ...index, units: inside.length > 0 ? inside : index.units }, text) };
    }
    if (match) return match;
  }
  const given = [query.county, query.city, query.address, query.adcode, query.province].find((t) => t !== undefined && clean(t) !== '');
  if (given === undefined) return { ok: false, reason: 'nothing', text: '', candidates: [] };
  if (area || province) return { ok: false, reason: 'province-only', text: given, candidates: [] };
  return { ok: false, reason: 'unknown', text: given, candidates: nearest(index, clean(given)) };
}

/** The units whose names are closest to a text that matched none (edit distance on the short names). */
export function nearestUnits(index: DivisionIndex, text: string, count: number): Division[] {
  const target = shortName(text);
  const scored = index.units
    .filter((u) => precisionOf(u) !== undefined)
    .map((unit) => ({ unit, distance: Math.min(editDistance(target, shortName(unit.name_zh)), editDistance(text.toLowerCase(), unit.name_en.toLowerCase())) }));
  scored.sort((a, b) => a.distance - b.distance || a.unit.adcode.localeCompare(b.unit.adcode));
  return scored.slice(0, count).map(({ unit }) => unit);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}
