// Property tests of the whole URL codec (every parameter the app knows): it never throws on any
// text, and a state it wrote comes back unchanged. fast-check shrinks a failure to a small example
// and prints its seed, so a failure can be replayed with { seed, path }.
import { cleanLayerRefName } from '../../src/state/my-layer-refs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { appUrlCodec } from '../../src/state/app-url-codec';
import { defaultState, type AppState, type ListSort, type MapView, type Selection } from '../../src/state/app-state';
import { CATEGORIES, LEVELS, PRECISIONS, STATUSES } from '../../src/types';
import { SUBTYPES_BY_CATEGORY, YEAR_MAX, YEAR_MIN } from '../../src/data/schema';
import { EMBED_LEGEND_MODES, EMBED_TEXT_LIMITS, EMBED_THEMES, type EmbedTextField } from '../../src/state/embed-options';
import { cleanEmbedText, textLength } from '../../src/state/embed-text';
import { PANEL_TABS } from '../../src/state/panel-tab';
import { CHONGQING_BARS } from '../../src/state/chart-options';
import type { FeatureFilters } from '../../src/filters/filter-state';
import type { AreaSpec, MeasureSpec, QuestionState } from '../../src/questions/question-types';
import type { ChoroplethValues } from '../../src/choropleth/choropleth-values';
import type { ChoroplethSpec } from '../../src/choropleth/choropleth-spec';
import { CLASS_METHODS } from '../../src/style/class-methods';
import { PALETTE_NAMES } from '../../src/style/palette-names';
import { cleanNoteText, type Annotation } from '../../src/annotations/annotation';

const defaults = defaultState(['zh-CN']);
const RUNS = { numRuns: 1000 };

// ---- arbitraries for valid states, written from the README's parameter table ----
const rounded = (min: number, max: number, decimals: number) =>
  fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals + 0);
const lon = rounded(-180, 180, 5);
const lat = rounded(-90, 90, 5);
const position: fc.Arbitrary<Position> = fc.tuple(lon, lat).map(([x, y]) => [x, y]);
const featureId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/);
const adcode = fc.stringMatching(/^\d{6}$/);
const sortedSet = <T extends string>(values: fc.Arbitrary<T>, maxLength = 8) =>
  fc.uniqueArray(values, { maxLength }).map((list) => [...list].sort());

const view: fc.Arbitrary<MapView | null> = fc.option(fc.record({ lat, lon, zoom: rounded(0, 20, 2) }), { nil: null });
const selection: fc.Arbitrary<Selection | null> = fc.option(
  fc.oneof(fc.record({ kind: fc.constant('unit' as const), adcode }), fc.record({ kind: fc.constant('feature' as const), id: featureId })),
  { nil: null },
);
const listSort: fc.Arbitrary<ListSort | null> = fc.option(
  fc.record({ column: fc.constantFrom('name' as const, 'year' as const, 'city' as const), direction: fc.constantFrom('ascending' as const, 'descending' as const) }),
  { nil: null },
);
// Search text as the codec keeps it: trimmed, at most 100 UTF-16 units, any script.
const search = fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) => text.trim()).filter((text) => text.length <= 100);
const allSubtypes = CATEGORIES.flatMap((category) => [...SUBTYPES_BY_CATEGORY[category]]);
const years: fc.Arbitrary<readonly [number, number] | null> = fc.option(
  fc.tuple(fc.integer({ min: YEAR_MIN, max: YEAR_MAX }), fc.integer({ min: YEAR_MIN, max: YEAR_MAX })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  { nil: null },
);
const filters: fc.Arbitrary<FeatureFilters> = fc.record({
  hiddenSubtypes: sortedSet(fc.constantFrom(...allSubtypes), allSubtypes.length),
  provinces: sortedSet(fc.constantFrom('sichuan' as const, 'chongqing' as const)),
  prefectures: sortedSet(fc.stringMatching(/^5[01]\d{4}$/)),
  levels: sortedSet(fc.constantFrom(...LEVELS, 'unknown' as const)),
  statuses: sortedSet(fc.constantFrom(...STATUSES, 'unknown' as const)),
  years,
  precisions: sortedSet(fc.constantFrom(...PRECISIONS)),
  inPlanningArea: fc.boolean(),
  asOf: fc.option(fc.integer({ min: 2000, max: YEAR_MAX }), { nil: null }),
});
const rect = fc
  .tuple(lon, lon, lat, lat)
  .filter(([w, e, s, n]) => w !== e && s !== n)
  .map(([w, e, s, n]): AreaSpec => ({ kind: 'rect', bounds: [Math.min(w, e), Math.min(s, n), Math.max(w, e), Math.max(s, n)] }));
const area: fc.Arbitrary<AreaSpec | null> = fc.option(
  fc.oneof(
    fc.record({ kind: fc.constant('unit' as const), adcode }),
    fc.record({ kind: fc.constant('feature' as const), id: featureId }),
    rect,
    fc.record({ kind: fc.constant('polygon' as const), ring: fc.array(position, { minLength: 3, maxLength: 30 }) }),
  ),
  { nil: null },
);
const measure: fc.Arbitrary<MeasureSpec | null> = fc.option(
  fc.oneof(
    fc.record({ kind: fc.constant('path' as const), path: fc.array(position, { minLength: 2, maxLength: 30 }) }),
    fc.record({ kind: fc.constant('polygon' as const), ring: fc.array(position, { minLength: 3, maxLength: 30 }) }),
    fc.tuple(featureId, featureId).filter(([a, b]) => a !== b).map(([from, to]): MeasureSpec => ({ kind: 'features', from, to })),
  ),
  { nil: null },
);
const question: fc.Arbitrary<QuestionState> = fc.record({
  corridors: fc.uniqueArray(featureId, { maxLength: 50 }),
  distanceKm: rounded(1, 100, 2),
  reach: fc.constantFrom('touch' as const, 'anchor' as const),
  area,
  measure,
});
const choropleth: fc.Arbitrary<ChoroplethSpec | null> = fc.option(
  fc.record({
    table: fc.stringMatching(/^[\w-]{1,80}$/),
    value: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    method: fc.constantFrom(...CLASS_METHODS),
    classes: fc.integer({ min: 2, max: 9 }),
    palette: fc.constantFrom(...PALETTE_NAMES),
    breaks: fc.array(fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100 + 0), { minLength: 1, maxLength: 8 }),
  }).map((spec) => (spec.method === 'manual' ? spec : { ...spec, breaks: [] })),
  { nil: null },
);
// The planner's marks as the codec keeps them: 4 decimals, km to 0.1, note text cleaned and within 140 characters.
const markLon = rounded(-180, 180, 4);
const markLat = rounded(-85, 85, 4);
const markAt = fc.tuple(markLon, markLat);
const noteText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map((t) => cleanNoteText(t)).filter((t): t is string => t !== undefined);
const annotation: fc.Arbitrary<Annotation> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), at: markAt, text: noteText }),
  fc.record({ kind: fc.constant('arrow' as const), from: markAt, to: markAt }),
  fc.record({ kind: fc.constant('circle' as const), centre: markAt, radiusKm: rounded(0.1, 500, 1) }),
  fc.record({ kind: fc.constant('area' as const), ring: fc.array(markAt, { minLength: 3, maxLength: 40 }) }),
);
const choroplethValues: fc.Arbitrary<ChoroplethValues | null> = fc.option(
  fc.record({
    level: fc.constantFrom('prefecture' as const, 'county' as const),
    values: fc.uniqueArray(fc.tuple(fc.stringMatching(/^\d{6}$/), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100 + 0)), { minLength: 1, maxLength: 60, selector: ([adcode]) => adcode }).map((pairs) => new Map(pairs)),
  }),
  { nil: null },
);
// The newsroom's words as the codec keeps them: cleaned (no control characters, single spaces), within the limit.
const embedText = (field: EmbedTextField) =>
  fc.string({ unit: 'grapheme', maxLength: 60 }).map(cleanEmbedText).filter((text) => textLength(text) <= EMBED_TEXT_LIMITS[field]);
const state: fc.Arbitrary<AppState> = fc.record({
  view,
  lang: fc.constantFrom('zh' as const, 'en' as const),
  selection,
  search,
  listSort,
  question,
  filters,
  panelTab: fc.constantFrom(...PANEL_TABS),
  chartChongqing: fc.constantFrom(...CHONGQING_BARS),
  embed: fc.boolean(),
  embedTitle: fc.boolean(),
  embedLegend: fc.constantFrom(...EMBED_LEGEND_MODES),
  embedTheme: fc.constantFrom(...EMBED_THEMES),
  choropleth,
  choroplethValues,
  embedHed: embedText('embedHed'),
  embedDek: embedText('embedDek'),
  embedNote: embedText('embedNote'),
  embedCredit: embedText('embedCredit'),
  embedPlay: fc.boolean(),
  story: fc.array(fc.record({ query: fc.constantFrom('', '?v=30.5,104.1,8', '?hide=corridor&asof=2015', '?sel=u:510100'), text: embedText('embedDek') }), { maxLength: 4 }),
  annotations: fc.array(annotation, { maxLength: 3 }),
  myLayers: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(cleanLayerRefName).filter((name) => name !== '') }), { maxLength: 4, selector: (ref) => ref.id }),
  hiddenPublished: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/), { maxLength: 4 }).map((ids) => [...ids].sort()),
});

// ---- arbitraries for hostile text ----
const knownParams = appUrlCodec.codecs.map((codec) => codec.param);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));
// Percent signs, separators and escapes that URLSearchParams must decode, some of them broken.
const urlishText = fc.array(fc.constantFrom('%', '%2', '%ZZ', '%E4%B8', '%F0%9F%98', '%00', '&', '=', '?', '#', '+', ',', ':', ' ', '-', '.', 'u', 'f', '5', '1', '0', 'r', 'p', 'l', 'a', '\uD800', '\u202E'), { maxLength: 80 }).map((parts) => parts.join(''));
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...knownParams), anyText), fc.oneof(anyText, urlishText)), { maxLength: 12 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));

describe('URL codec properties (all parameters)', { timeout: 30_000 }, () => {
  it('never throws on any text, and answers with a state and a list of issues', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, urlishText, query), fc.boolean(), (text, withMark) => {
        const parsed = appUrlCodec.parse(withMark ? `?${text}` : text, defaults);
        expect(Array.isArray(parsed.issues)).toBe(true);
        // Whatever came in, what the app then writes back must parse without a complaint.
        expect(appUrlCodec.parse(appUrlCodec.serialize(parsed.state), defaults).issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives back every valid state it wrote: parse(serialize(s)) equals s, with no issue', () => {
    fc.assert(
      fc.property(state, (s) => {
        const url = appUrlCodec.serialize(s);
        const parsed = appUrlCodec.parse(url, defaults);
        expect(parsed.issues, url).toEqual([]);
        expect(parsed.state, url).toEqual(s);
      }),
      RUNS,
    );
  });

  it('reads a written state back after the browser has normalised the address (as location.search gives it)', () => {
    fc.assert(
      fc.property(state, (s) => {
        const search = new URL(appUrlCodec.serialize(s), 'https://example.org/map/').search;
        expect(appUrlCodec.parse(search, defaults).state, search).toEqual(s);
      }),
      RUNS,
    );
  });
});
