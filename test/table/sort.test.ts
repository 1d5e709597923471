import { describe, expect, it } from 'vitest';
import { nextSort, sortFeatures } from '../../src/table/sort.ts';
import { makeFeature } from '../charts/make-feature.ts';

const ids = (features: { id: string }[]): string[] => features.map((feature) => feature.id);

// 阿坝 (ā), 成都 (chéng), 重庆 (chóng): pinyin order. Code-point order would be 成, 重, 阿.
const NAMED = [
  makeFeature({ id: 'cq', name_zh: '重庆', name_en: 'chongqing' }),
  makeFeature({ id: 'ab', name_zh: '阿坝', name_en: 'Aba' }),
  makeFeature({ id: 'cd', name_zh: '成都', name_en: 'Chengdu' }),
];

describe('sortFeatures by name', () => {
  it('orders Chinese names by pinyin', () => {
    expect(ids(sortFeatures(NAMED, { column: 'name', direction: 'ascending' }, { lang: 'zh' }))).toEqual(['ab', 'cd', 'cq']);
  });

  it('orders English names alphabetically regardless of case', () => {
    expect(ids(sortFeatures(NAMED, { column: 'name', direction: 'descending' }, { lang: 'en' }))).toEqual(['cq', 'cd', 'ab']);
  });

  // Place-name readings, ordered by hand: 长寿 cháng, 成都 chéng, 重庆 chóng, 自贡 zì. The collator's
  // usual readings (重 zhòng, 长 zhǎng) would put 重庆 and 长寿 under Z, after 成都.
  const PLACES = [
    makeFeature({ id: 'zg', name_zh: '自贡', cities: '自贡', prefectures: [] }),
    makeFeature({ id: 'cq', name_zh: '重庆', cities: '重庆', prefectures: [] }),
    makeFeature({ id: 'cs', name_zh: '长寿', cities: '长寿', prefectures: [] }),
    makeFeature({ id: 'cd', name_zh: '成都', cities: '成都', prefectures: [] }),
  ];

  it('orders Chinese names by place-name readings, as the project list does', () => {
    expect(ids(sortFeatures(PLACES, { column: 'name', direction: 'ascending' }, { lang: 'zh' }))).toEqual(['cs', 'cd', 'cq', 'zg']);
    expect(ids(sortFeatures(PLACES, { column: 'name', direction: 'descending' }, { lang: 'zh' }))).toEqual(['zg', 'cq', 'cd', 'cs']);
  });

  it('orders Chinese city names by place-name readings too', () => {
    expect(ids(sortFeatures(PLACES, { column: 'city', direction: 'ascending' }, { lang: 'zh' }))).toEqual(['cs', 'cd', 'cq', 'zg']);
  });

  it('returns a copy and leaves the input order alone', () => {
    sortFeatures(NAMED, { column: 'name', direction: 'ascending' }, { lang: 'zh' });
    expect(ids(NAMED)).toEqual(['cq', 'ab', 'cd']);
  });
});

describe('sortFeatures with unknown values', () => {
  const YEARS = [
    makeFeature({ id: 'none1', year: null }),
    makeFeature({ id: 'y2020', year: 2020 }),
    makeFeature({ id: 'y2011', year: 2011 }),
    makeFeature({ id: 'none2', year: null }),
  ];

  it('puts unknown years last when ascending', () => {
    expect(ids(sortFeatures(YEARS, { column: 'year', direction: 'ascending' }, { lang: 'en' }))).toEqual(['y2011', 'y2020', 'none1', 'none2']);
  });

  it('still puts unknown years last when descending', () => {
    expect(ids(sortFeatures(YEARS, { column: 'year', direction: 'descending' }, { lang: 'en' }))).toEqual(['y2020', 'y2011', 'none1', 'none2']);
  });

  it('orders levels by rank (national, joint, provincial), unknown last', () => {
    const levels = [
      makeFeature({ id: 'p', level: 'provincial' }),
      makeFeature({ id: 'u', level: null }),
      makeFeature({ id: 'n', level: 'national' }),
      makeFeature({ id: 'j', level: 'joint' }),
    ];
    expect(ids(sortFeatures(levels, { column: 'level', direction: 'ascending' }, { lang: 'zh' }))).toEqual(['n', 'j', 'p', 'u']);
  });
});

describe('sortFeatures stability', () => {
  it('keeps the incoming order of equal rows in both directions', () => {
    const same = [
      makeFeature({ id: 'first', year: 2017 }),
      makeFeature({ id: 'other', year: 2019 }),
      makeFeature({ id: 'second', year: 2017 }),
      makeFeature({ id: 'third', year: 2017 }),
    ];
    expect(ids(sortFeatures(same, { column: 'year', direction: 'ascending' }, { lang: 'en' }))).toEqual(['first', 'second', 'third', 'other']);
    expect(ids(sortFeatures(same, { column: 'year', direction: 'descending' }, { lang: 'en' }))).toEqual(['other', 'first', 'second', 'third']);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and flips the current one', () => {
    expect(nextSort(null, 'year')).toEqual({ column: 'year', direction: 'ascending' });
    expect(nextSort({ column: 'year', direction: 'ascending' }, 'year')).toEqual({ column: 'year', direction: 'descending' });
    expect(nextSort({ column: 'year', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });
});

describe('sortFeatures by distance to the corridor', () => {
  it('orders by the number, nearest first ascending, with a match without a distance last either way', () => {
    const features = ['b', 'a', 'c', 'none'].map((id) => makeFeature({ id }));
    const distancesKm = new Map([['a', 0], ['b', 9.5], ['c', 2]]);
    expect(ids(sortFeatures(features, { column: 'distance', direction: 'ascending' }, { lang: 'en', distancesKm }))).toEqual(['a', 'c', 'b', 'none']);
    expect(ids(sortFeatures(features, { column: 'distance', direction: 'descending' }, { lang: 'en', distancesKm }))).toEqual(['b', 'c', 'a', 'none']);
  });
});
