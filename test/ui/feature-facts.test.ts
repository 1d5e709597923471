import { describe, expect, it } from 'vitest';
import { citiesText, featureFacts, formatFeatureArea, precisionHelp } from '../../src/ui/feature-facts';
import { makeFeature } from '../charts/make-feature';

const names: Record<string, { name_zh: string; name_en: string }> = {
  '510100': { name_zh: '成都市', name_en: 'Chengdu' },
  '510300': { name_zh: '自贡市', name_en: 'Zigong' },
};
const lookup = (adcode: string) => names[adcode];
const valueOf = (facts: ReturnType<typeof featureFacts>, field: string) => facts.find((fact) => fact.field === field)?.value;

describe('feature facts', () => {
  it('spells out unknown values instead of leaving them blank', () => {
    const p = makeFeature({ id: 'x', year: null, level: null, status: null, area_km2_official: null }).properties;
    const zh = featureFacts(p, 'zh', lookup);
    expect(valueOf(zh, 'year')).toBe('未知');
    expect(valueOf(zh, 'level')).toBe('未知');
    expect(valueOf(zh, 'status')).toBe('未知');
    expect(valueOf(zh, 'area_official')).toBe('未知');
    expect(valueOf(zh, 'description')).toBe('未知');
    const en = featureFacts(p, 'en', lookup);
    expect(valueOf(en, 'year')).toBe('unknown');
    expect(valueOf(en, 'area_official')).toBe('unknown');
  });

  it('labels official and computed areas apart, the computed one as approximate', () => {
    const p = makeFeature({ id: 'x', area_km2_official: 90.32, area_note: '2000 approval', area_km2_computed: 1234.5 }).properties;
    const en = featureFacts(p, 'en', lookup);
    expect(valueOf(en, 'area_official')).toBe('90.32 km² (2000 approval)');
    expect(valueOf(en, 'area_computed')).toBe('≈ 1,235 km²');
    expect(en.find((fact) => fact.field === 'area_computed')?.label).toMatch(/approximate/);
    // no computed area: no row claiming one
    expect(valueOf(featureFacts(makeFeature({ id: 'y' }).properties, 'en', lookup), 'area_computed')).toBeUndefined();
  });

  it('formats areas with the language of the page', () => {
    expect(formatFeatureArea(1578, 'zh')).toBe('1,578 平方千米');
    expect(formatFeatureArea(null, 'zh')).toBe('未知');
  });

  it('names the cities from their codes, falling back to the curator text, then to unknown', () => {
    const p = makeFeature({ id: 'x', prefectures: ['510100', '510300'] }).properties;
    expect(citiesText(p, 'zh', lookup)).toBe('成都市、自贡市');
    expect(citiesText(p, 'en', lookup)).toBe('Chengdu, Zigong');
    expect(citiesText({ ...p, prefectures: ['999999'], cities: 'Somewhere' }, 'en', lookup)).toBe('Somewhere');
    expect(citiesText({ ...p, prefectures: [], cities: ' ' }, 'en', lookup)).toBe('unknown');
  });

  it('marks curator text as English and explains each precision', () => {
    const p = makeFeature({ id: 'x', description_en: 'A zone.', notes: 'Point is nominal.' }).properties;
    const facts = featureFacts(p, 'zh', lookup);
    expect(facts.find((fact) => fact.field === 'description')).toMatchObject({ value: 'A zone.', englishText: true });
    expect(facts.find((fact) => fact.field === 'notes')).toMatchObject({ value: 'Point is nominal.', englishText: true });
    const helps = (['exact', 'city', 'approximate'] as const).map((precision) => precisionHelp({ ...p, precision }, 'en'));
    expect(new Set(helps).size).toBe(3);
    expect(helps[2]).toMatch(/roughly/);
  });

  it('shows the description in the interface language and says when only the other language has one', () => {
    const both = makeFeature({ id: 'x', description_en: 'A zone.', description_zh: '一个园区。' }).properties;
    expect(featureFacts(both, 'zh', lookup).find((f) => f.field === 'description')).toEqual({ field: 'description', label: '简介', value: '一个园区。' });
    expect(featureFacts(both, 'en', lookup).find((f) => f.field === 'description')?.value).toBe('A zone.');
    const enOnly = featureFacts({ ...both, description_zh: null }, 'zh', lookup).find((f) => f.field === 'description');
    expect(enOnly).toMatchObject({ value: 'A zone.', otherLanguage: { lang: 'en', note: '此简介暂只有英文版本' } });
    const zhOnly = featureFacts({ ...both, description_en: null }, 'en', lookup).find((f) => f.field === 'description');
    expect(zhOnly).toMatchObject({ value: '一个园区。', otherLanguage: { lang: 'zh', note: 'This description exists only in Chinese for now' } });
    const none = featureFacts({ ...both, description_en: null, description_zh: null }, 'zh', lookup).find((f) => f.field === 'description');
    expect(none).toEqual({ field: 'description', label: '简介', value: '未知' });
  });
});
