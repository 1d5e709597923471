import { describe, expect, it } from 'vitest';
import {
  countByCityAndCategory,
  countByLevel,
  countByStatus,
  countByYear,
  type UnitName,
} from '../../src/charts/aggregate.ts';
import { makeFeature } from './make-feature.ts';

const NAMES: Record<string, UnitName> = {
  '510100': { name_zh: '成都市', name_en: 'Chengdu' },
  '500103': { name_zh: '渝中区', name_en: 'Yuzhong' },
  '510500': { name_zh: '泸州市', name_en: 'Luzhou' },
};
const lookup = (adcode: string): UnitName | undefined => NAMES[adcode];

// Hand-counted fixture:
//   a: Chengdu, pilot_zone, 2017        b: Chengdu + Yuzhong, corridor, 2020
//   c: Yuzhong, corridor, null year     d: Luzhou, industrial_park, 2017
//   e: no prefecture, platform, 2019    f: Chengdu, industrial_park, null year, null level/status
const FIXTURE = [
  makeFeature({ id: 'a', prefectures: ['510100'], category: 'pilot_zone', year: 2017 }),
  makeFeature({ id: 'b', prefectures: ['510100', '500103'], category: 'corridor', year: 2020, level: 'joint', status: 'operating' }),
  makeFeature({ id: 'c', prefectures: ['500103'], category: 'corridor', year: null, status: 'under_construction' }),
  makeFeature({ id: 'd', prefectures: ['510500'], category: 'industrial_park', year: 2017, level: 'provincial' }),
  makeFeature({ id: 'e', prefectures: [], category: 'platform', year: 2019 }),
  makeFeature({ id: 'f', prefectures: ['510100'], category: 'industrial_park', year: null, level: null, status: null }),
];

describe('countByCityAndCategory', () => {
  const rows = countByCityAndCategory(FIXTURE, lookup);

  it('counts a feature in every city it lies in, split by category, largest city first', () => {
    expect(rows.map((row) => [row.key, row.total])).toEqual([
      ['510100', 3],
      ['500103', 2],
      ['510500', 1],
      ['unknown', 1],
    ]);
    expect(rows[0]?.counts).toEqual({ corridor: 1, pilot_zone: 1, industrial_park: 1, platform: 0 });
    expect(rows[1]?.counts).toEqual({ corridor: 2, pilot_zone: 0, industrial_park: 0, platform: 0 });
  });

  it('names cities through the lookup and keeps features without a city in an unknown row', () => {
    expect(rows[0]?.name?.name_zh).toBe('成都市');
    expect(rows[3]).toMatchObject({ kind: 'unknown', name: null, counts: { platform: 1 } });
  });

  it('leaves the name null for an adcode the lookup does not know', () => {
    const [row] = countByCityAndCategory([makeFeature({ id: 'x', prefectures: ['999999'] })], lookup);
    expect(row).toMatchObject({ key: '999999', kind: 'city', name: null, total: 1 });
  });

  it('orders cities with equal totals by adcode', () => {
    const tied = countByCityAndCategory(
      [makeFeature({ id: 'p', prefectures: ['510500'] }), makeFeature({ id: 'q', prefectures: ['500103'] })],
      lookup,
    );
    expect(tied.map((row) => row.key)).toEqual(['500103', '510500']);
  });
});

describe('countByCityAndCategory with Chongqing as one bar', () => {
  // g: two Chongqing districts (渝中 500103, 江北 500105) and Chengdu; h: 江北 only
  const more = [
    ...FIXTURE,
    makeFeature({ id: 'g', prefectures: ['500103', '500105', '510100'], category: 'platform' }),
    makeFeature({ id: 'h', prefectures: ['500105'], category: 'pilot_zone' }),
  ];

  it('keeps every district as its own bar by default: no "others" row however many places there are', () => {
    const many = Array.from({ length: 40 }, (_, index) => makeFeature({ id: `m${index}`, prefectures: [String(500101 + index)] }));
    const rows = countByCityAndCategory(many, lookup);
    expect(rows).toHaveLength(40);
    expect(rows.every((row) => row.kind === 'city')).toBe(true);
  });

  it('folds the districts into one Chongqing row that counts a project once, beside the Sichuan prefectures', () => {
    const rows = countByCityAndCategory(more, lookup, 'one');
    // Chongqing: b, c, g, h (g lies in two districts, counted once); Chengdu: a, b, f, g
    expect(rows.map((row) => [row.key, row.kind, row.total])).toEqual([
      ['500000', 'province', 4],
      ['510100', 'city', 4],
      ['510500', 'city', 1],
      ['unknown', 'unknown', 1],
    ]);
    expect(rows[0]?.counts).toEqual({ corridor: 2, pilot_zone: 1, industrial_park: 0, platform: 1 });
  });

  it('by district the same projects give each district its own count', () => {
    const rows = countByCityAndCategory(more, lookup, 'districts');
    expect(rows.filter((row) => row.key.startsWith('50')).map((row) => [row.key, row.total])).toEqual([
      ['500103', 3],
      ['500105', 2],
    ]);
  });
});

describe('countByYear', () => {
  it('counts per year with gap years as zero and unknown years in their own bucket', () => {
    expect(countByYear(FIXTURE)).toEqual({
      years: [
        { year: 2017, count: 2 },
        { year: 2018, count: 0 },
        { year: 2019, count: 1 },
        { year: 2020, count: 1 },
      ],
      unknown: 2,
    });
  });

  it('returns no years but still the unknown count when no year is known', () => {
    expect(countByYear([makeFeature({ id: 'n', year: null })])).toEqual({ years: [], unknown: 1 });
  });
});

describe('countByLevel and countByStatus', () => {
  it('lists every level in order, then unknown', () => {
    expect(countByLevel(FIXTURE)).toEqual([
      { key: 'national', count: 3 },
      { key: 'joint', count: 1 },
      { key: 'provincial', count: 1 },
      { key: null, count: 1 },
    ]);
  });

  it('lists every status including zeros, and omits unknown when nothing is unknown', () => {
    expect(countByStatus(FIXTURE.slice(0, 4))).toEqual([
      { key: 'operating', count: 1 },
      { key: 'under_construction', count: 1 },
      { key: 'designated', count: 2 },
      { key: 'planned', count: 0 },
    ]);
  });
});
