import { describe, expect, it } from 'vitest';
import { filterCodecs } from '../../src/state/filter-codecs';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { defaultState, type AppState } from '../../src/state/app-state';
import { NO_FILTERS, type FeatureFilters } from '../../src/filters/filter-state';
import { SUBTYPES_BY_CATEGORY } from '../../src/data/schema';

const codec = coreUrlCodec.with(...filterCodecs);
const base: AppState = { ...defaultState(['en']), lang: 'en' };
const withFilters = (patch: Partial<FeatureFilters>): AppState => ({ ...base, filters: { ...NO_FILTERS, ...patch } });

describe('filter codecs', () => {
  it('leaves default filters out of the URL', () => {
    expect(codec.serialize(base)).toBe('?lang=en');
  });
  it('writes readable parameters', () => {
    const state = withFilters({
      hiddenSubtypes: ['expressway', ...SUBTYPES_BY_CATEGORY.industrial_park].sort(),
      provinces: ['sichuan'], prefectures: ['510100', '510600'], levels: ['national'], statuses: ['operating', 'unknown'],
      years: [2010, 2020], precisions: ['city', 'exact'], inPlanningArea: true,
    });
    expect(codec.serialize(state)).toBe(
      '?lang=en&hide=corridor.expressway,industrial_park&prov=sichuan&city=510100,510600&lvl=national&st=operating,unknown&yr=2010-2020&prec=city,exact&pa=1',
    );
  });
  const samples: Partial<FeatureFilters>[] = [
    { hiddenSubtypes: ['waterway'] },
    { hiddenSubtypes: [...SUBTYPES_BY_CATEGORY.platform].sort() },
    { provinces: ['chongqing', 'sichuan'] },
    { prefectures: ['500101'] },
    { levels: ['joint', 'unknown'] },
    { statuses: ['planned', 'under_construction'] },
    { years: [1995, 1995] },
    { precisions: ['approximate'] },
    { inPlanningArea: true },
    { provinces: ['sichuan'], years: [2000, 2030], statuses: ['designated'] },
  ];
  it.each(samples)('survives serialise then parse: %j', (patch) => {
    const state = withFilters(patch);
    const parsed = codec.parse(codec.serialize(state), base);
    expect(parsed.issues).toEqual([]);
    expect(parsed.state).toEqual(state);
  });
  it('reads a category, a bare subtype and a category.subtype in hide', () => {
    const { state } = codec.parse('?hide=platform,expressway,corridor.waterway', base);
    expect(state.filters.hiddenSubtypes).toEqual([...SUBTYPES_BY_CATEGORY.platform, 'expressway', 'waterway'].sort());
  });
  it.each([
    ['hide', 'corridor.free_trade_zone'], ['hide', 'roads'], ['prov', 'guangdong'], ['prov', ''], ['city', '110000'],
    ['lvl', 'local'], ['st', 'operating,closed'], ['yr', '2020-2010'], ['yr', '1800-1900'], ['yr', 'recent'],
    ['prec', 'rough'], ['pa', 'yes'],
  ])('ignores %s=%s with an issue and keeps the other parameters', (param, value) => {
    const kept = param === 'pa' ? 'prov=sichuan' : 'pa=1';
    const { state, issues } = codec.parse(`?${kept}&${param}=${encodeURIComponent(value)}`, base);
    expect(issues).toEqual([{ reason: 'invalid', param, value, expected: expect.any(Object) }]);
    expect(state.filters).toEqual(param === 'pa' ? { ...NO_FILTERS, provinces: ['sichuan'] } : { ...NO_FILTERS, inPlanningArea: true });
  });
  it('records filter changes as new history entries', () => {
    expect(codec.historyMode(base, withFilters({ inPlanningArea: true }))).toBe('push');
  });
});
