import { describe, expect, it } from 'vitest';
import type { CityCategoryRow } from '../../src/charts/aggregate.ts';
import { cityRowLabel } from '../../src/charts/city-bar-chart.ts';

const counts = { corridor: 1, pilot_zone: 0, industrial_park: 0, platform: 0 };
const row = (overrides: Partial<CityCategoryRow>): CityCategoryRow => ({ key: '510100', kind: 'city', name: null, counts, total: 1, ...overrides });

describe('cityRowLabel', () => {
  it('names a city in the chosen language', () => {
    const chengdu = row({ name: { name_zh: '成都市', name_en: 'Chengdu' } });
    expect(cityRowLabel(chengdu, 'zh')).toBe('成都市');
    expect(cityRowLabel(chengdu, 'en')).toBe('Chengdu');
  });

  it('labels Chongqing as a whole and the unknown row, and shows an unnamed adcode rather than hiding it', () => {
    expect(cityRowLabel(row({ key: '500000', kind: 'province' }), 'zh')).toBe('重庆市');
    expect(cityRowLabel(row({ key: '500000', kind: 'province' }), 'en')).toBe('Chongqing');
    expect(cityRowLabel(row({ key: 'unknown', kind: 'unknown' }), 'en')).toBe('city unknown');
    expect(cityRowLabel(row({ key: '999999' }), 'en')).toBe('999999');
  });
});
