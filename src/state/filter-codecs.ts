// URL parameters of the filters, one per filter, all merged into state.filters:
//   ?hide=corridor.expressway,industrial_park&prov=sichuan&city=510100,510600&lvl=national
//   &st=operating,unknown&yr=2010-2020&prec=exact,city&pa=1
// A parameter with any unknown value is ignored as a whole (and reported), so a mistyped link never
// shows a silently different selection.
import { bothLanguages } from '../i18n/translate';
import { CATEGORIES, LEVELS, PRECISIONS, STATUSES, type Category } from '../types';
import { SUBTYPES_BY_CATEGORY, YEAR_MAX, YEAR_MIN } from '../data/schema';
import { TIMELINE_START } from '../timeline/timeline';
import { canonicalSet, type FeatureFilters } from '../filters/filter-state';
import type { AppState } from './app-state';
import { defineFieldCodec, type FieldCodec } from './url-codec';

type Expected = { zh: string; en: string };

function filterCodec<K extends keyof FeatureFilters>(
  key: K,
  param: string,
  expected: Expected,
  parseValue: (raw: string) => FeatureFilters[K] | undefined,
  serializeValue: (value: FeatureFilters[K]) => string | null,
  history: 'push' | 'replace' = 'push',
): FieldCodec {
  return defineFieldCodec({
    field: 'filters',
    param,
    history,
    expected,
    merge: true,
    // merge: the registry spreads this one-key object over the current filters
    parse: (raw) => {
      const value = parseValue(raw);
      return value === undefined ? undefined : ({ [key]: value } as unknown as AppState['filters']);
    },
    serialize: (filters) => serializeValue(filters[key]),
  });
}

/** "a,b,c" -> canonical set of allowed values, undefined when empty or any value is not allowed. */
function parseList<T extends string>(raw: string, allowed: (value: string) => value is T): T[] | undefined {
  const parts = raw.split(',');
  if (parts.some((part) => !allowed(part))) return undefined;
  return canonicalSet(parts as T[]);
}

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);

const joinList = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(','));

function categoryOf(subtype: string): Category | undefined {
  return CATEGORIES.find((category) => SUBTYPES_BY_CATEGORY[category].includes(subtype));
}

/** "corridor" hides a whole category, "corridor.expressway" (or "expressway") one subtype. */
export function parseHidden(raw: string): string[] | undefined {
  const hidden: string[] = [];
  for (const part of raw.split(',')) {
    const [head = '', tail, extra] = part.split('.');
    if (extra !== undefined) return undefined;
    if (tail === undefined && oneOf(CATEGORIES)(head)) hidden.push(...SUBTYPES_BY_CATEGORY[head]);
    else if (tail === undefined && categoryOf(head) !== undefined) hidden.push(head);
    else if (tail !== undefined && categoryOf(tail) === head) hidden.push(tail);
    else return undefined;
  }
  return canonicalSet(hidden);
}

export function serializeHidden(hidden: readonly string[]): string | null {
  const parts: string[] = [];
  for (const category of CATEGORIES) {
    const subtypes = SUBTYPES_BY_CATEGORY[category];
    const off = subtypes.filter((subtype) => hidden.includes(subtype));
    if (off.length === subtypes.length) parts.push(category);
    else parts.push(...off.map((subtype) => `${category}.${subtype}`));
  }
  return joinList(parts);
}

const ADCODE = /^5[01]\d{4}$/;
const isPrefectureCode = (value: string): value is string => ADCODE.test(value);

export function parseYears(raw: string): [number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from < YEAR_MIN || to > YEAR_MAX || from > to) return undefined;
  return [from, to];
}

// The timeline year replaces the history entry: playing through 27 years must not leave 27 Back steps.
export function parseAsOf(raw: string): number | undefined {
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= TIMELINE_START && year <= YEAR_MAX ? year : undefined;
}

export const filterCodecs: readonly FieldCodec[] = [
  filterCodec('hiddenSubtypes', 'hide', bothLanguages('url.expected.hiddenSubtypes'), parseHidden, serializeHidden),
  filterCodec('provinces', 'prov', bothLanguages('url.expected.provinces'), (raw) => parseList(raw, oneOf(['sichuan', 'chongqing'] as const)), joinList),
  filterCodec('prefectures', 'city', bothLanguages('url.expected.prefectures'), (raw) => parseList(raw, isPrefectureCode), joinList),
  filterCodec('levels', 'lvl', bothLanguages('url.expected.levels'), (raw) => parseList(raw, oneOf([...LEVELS, 'unknown'] as const)), joinList),
  filterCodec('statuses', 'st', bothLanguages('url.expected.statuses'), (raw) => parseList(raw, oneOf([...STATUSES, 'unknown'] as const)), joinList),
  filterCodec('years', 'yr', bothLanguages('url.expected.years', { min: YEAR_MIN, max: YEAR_MAX }), parseYears, (years) => (years === null ? null : `${years[0]}-${years[1]}`)),
  filterCodec('precisions', 'prec', bothLanguages('url.expected.precisions'), (raw) => parseList(raw, oneOf(PRECISIONS)), joinList),
  filterCodec('asOf', 'asof', bothLanguages('url.expected.asOf', { min: TIMELINE_START, max: YEAR_MAX }), parseAsOf, (year) => (year === null ? null : String(year)), 'replace'),
  filterCodec('inPlanningArea', 'pa', bothLanguages('url.expected.inPlanningArea'), (raw) => (raw === '1' ? true : undefined), (on) => (on ? '1' : null)),
];
