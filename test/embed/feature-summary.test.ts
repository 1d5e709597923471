import { describe, expect, it } from 'vitest';
import { countByCategory, featureLine, summaryText } from '../../src/embed/feature-summary';

const features = [
  { properties: { category: 'corridor' as const } },
  { properties: { category: 'platform' as const } },
  { properties: { category: 'corridor' as const } },
];

describe('summaryText', () => {
  it('counts features per category in both languages', () => {
    expect(countByCategory(features)).toEqual([
      { category: 'corridor', count: 2 },
      { category: 'platform', count: 1 },
    ]);
    expect(summaryText(features, 'en')).toBe('Map of 3 features: corridors: 2, platforms: 1.');
    expect(summaryText(features, 'zh')).toBe('地图共显示 3 个项目：通道 2 个、平台 1 个。');
  });

  it('says so when nothing is shown', () => {
    expect(summaryText([], 'en')).toBe('The map shows no features.');
  });
});

describe('featureLine', () => {
  it('says unknown status and year as unknown and marks approximate places', () => {
    const p = { name_zh: '某园区', name_en: 'Some park', status: null, year: null, precision: 'approximate' as const };
    expect(featureLine(p, 'zh')).toBe('某园区 — 未知, 未知; 位置为近似');
    expect(featureLine({ ...p, status: 'operating', year: 2020, precision: 'exact' }, 'en')).toBe('Some park — operating, 2020');
  });
});
