import { describe, expect, it } from 'vitest';
import type { UnitName } from '../../src/charts/aggregate.ts';
import { cellText, columnHeader, COLUMN_KEYS, visibleColumns } from '../../src/table/columns.ts';
import { makeFeature } from '../charts/make-feature.ts';

const NAMES: Record<string, UnitName> = {
  '510100': { name_zh: '成都市', name_en: 'Chengdu' },
  '510600': { name_zh: '德阳市', name_en: 'Deyang' },
};
const lookup = (adcode: string): UnitName | undefined => NAMES[adcode];

const UNKNOWN = makeFeature({
  id: 'u',
  level: null,
  status: null,
  year: null,
  prefectures: [],
  cities: '',
  area_km2_official: null,
  area_km2_computed: null,
});

describe('cellText', () => {
  it('shows every unknown value as 未知 in Chinese and "unknown" in English', () => {
    for (const key of ['city', 'level', 'status', 'year', 'area'] as const) {
      expect(cellText(UNKNOWN, key, { lang: 'zh', lookup })).toBe('未知');
      expect(cellText(UNKNOWN, key, { lang: 'en', lookup })).toBe('unknown');
    }
  });

  it('names every prefecture-level city of a feature in the chosen language', () => {
    const feature = makeFeature({ id: 'c', prefectures: ['510100', '510600'] });
    expect(cellText(feature, 'city', { lang: 'zh', lookup })).toBe('成都市、德阳市');
    expect(cellText(feature, 'city', { lang: 'en', lookup })).toBe('Chengdu, Deyang');
  });

  it('lists at most three cities and counts the rest', () => {
    const many: Record<string, UnitName> = {
      a: { name_zh: '甲区', name_en: 'A' },
      b: { name_zh: '乙区', name_en: 'B' },
      c: { name_zh: '丙区', name_en: 'C' },
      d: { name_zh: '丁区', name_en: 'D' },
      e: { name_zh: '戊区', name_en: 'E' },
    };
    const feature = makeFeature({ id: 'zone', prefectures: ['a', 'b', 'c', 'd', 'e'] });
    const manyLookup = (adcode: string): UnitName | undefined => many[adcode];
    expect(cellText(feature, 'city', { lang: 'zh', lookup: manyLookup })).toBe('甲区、乙区、丙区等 5 个');
    expect(cellText(feature, 'city', { lang: 'en', lookup: manyLookup })).toBe('A, B, C and 2 more');
  });

  it("falls back to the curator's cities text when no city name is known", () => {
    const feature = makeFeature({ id: 'c', prefectures: ['510100'], cities: 'Chengdu (Tianfu)' });
    expect(cellText(feature, 'city', { lang: 'en' })).toBe('Chengdu (Tianfu)');
  });

  it('marks an area taken from the approximate extent with ≈ and prefers the official area', () => {
    expect(cellText(makeFeature({ id: 'a', area_km2_official: 1578 }), 'area', { lang: 'en' })).toBe('1,578');
    expect(cellText(makeFeature({ id: 'b', area_km2_computed: 2345.678 }), 'area', { lang: 'en' })).toBe('≈ 2,346');
  });

  it('shows the name in the chosen language', () => {
    const feature = makeFeature({ id: 'n', name_zh: '天府新区', name_en: 'Tianfu New Area' });
    expect(cellText(feature, 'name', { lang: 'zh' })).toBe('天府新区');
    expect(cellText(feature, 'name', { lang: 'en' })).toBe('Tianfu New Area');
  });
});

describe('columnHeader', () => {
  it('has a header for every column in both languages', () => {
    for (const key of COLUMN_KEYS) {
      expect(columnHeader(key, 'zh')).not.toBe('');
      expect(columnHeader(key, 'en')).not.toBe('');
    }
    expect(columnHeader('year', 'zh')).toBe('年份');
  });
});

describe('distance to the corridor', () => {
  const distancesKm = new Map([['near', 0], ['far', 12.345]]);

  it('is a column only while a catchment is asked', () => {
    expect(visibleColumns({ lang: 'zh' })).not.toContain('distance');
    expect(visibleColumns({ lang: 'zh', distancesKm: null })).not.toContain('distance');
    expect(visibleColumns({ lang: 'zh', distancesKm })[1]).toBe('distance');
    expect(columnHeader('distance', 'zh')).toBe('到通道距离（km）');
    expect(columnHeader('distance', 'en')).toBe('Distance to corridor (km)');
  });

  it('writes a touching match as 0 and others to a tenth of a km, like the results list', () => {
    expect(cellText(makeFeature({ id: 'near' }), 'distance', { lang: 'en', distancesKm })).toBe('0');
    expect(cellText(makeFeature({ id: 'far' }), 'distance', { lang: 'en', distancesKm })).toBe('12.3');
    expect(cellText(makeFeature({ id: 'other' }), 'distance', { lang: 'zh', distancesKm })).toBe('未知');
  });
});
