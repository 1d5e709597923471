import { describe, expect, it } from 'vitest';
import { listFeatures, toggleListSort } from '../../src/ui/feature-list-model';
import { makeFeature } from '../charts/make-feature';

const features = [
  makeFeature({ id: 'b', name_zh: '绵阳高新区', name_en: 'Mianyang Hi-tech Zone', year: 1992, prefectures: ['510700'] }),
  makeFeature({ id: 'a', name_zh: '成都高新区', name_en: 'Chengdu Hi-tech Zone', year: null, prefectures: ['510100'] }),
  makeFeature({ id: 'c', name_zh: '重庆西永综保区', name_en: 'Chongqing Xiyong Bonded Zone', year: 2010, prefectures: ['500106'] }),
];
const names: Record<string, { name_zh: string; name_en: string }> = {
  '510700': { name_zh: '绵阳市', name_en: 'Mianyang' },
  '510100': { name_zh: '成都市', name_en: 'Chengdu' },
  '500106': { name_zh: '沙坪坝区', name_en: 'Shapingba' },
};
const lookup = (adcode: string) => names[adcode];
const ids = (input: Partial<Parameters<typeof listFeatures>[0]>) =>
  listFeatures({ visible: features, search: '', sort: null, lang: 'en', lookup, ...input }).map((feature) => feature.properties.id);

describe('feature list model', () => {
  it('keeps the data order without a sort', () => {
    expect(ids({})).toEqual(['b', 'a', 'c']);
  });

  it('sorts by year with unknown last in both directions', () => {
    expect(ids({ sort: { column: 'year', direction: 'ascending' } })).toEqual(['b', 'c', 'a']);
    expect(ids({ sort: { column: 'year', direction: 'descending' } })).toEqual(['c', 'b', 'a']);
  });

  it('sorts names in the reading language: English alphabetically, Chinese in pinyin order', () => {
    expect(ids({ sort: { column: 'name', direction: 'ascending' } })).toEqual(['a', 'c', 'b']);
    // 德阳 (dé) before 乐山 (lè) in pinyin order, though 乐 U+4E50 comes before 德 U+5FB7 in code points
    const leshan = makeFeature({ id: 'leshan', name_zh: '乐山高新区' });
    const deyang = makeFeature({ id: 'deyang', name_zh: '德阳高新区' });
    const zh = listFeatures({ visible: [leshan, deyang], search: '', sort: { column: 'name', direction: 'ascending' }, lang: 'zh', lookup });
    expect(zh.map((feature) => feature.properties.id)).toEqual(['deyang', 'leshan']);
    // 重庆 is read chóng: after 成都 (chéng), before 德阳 (dé)
    const all = listFeatures({ visible: [...features, deyang], search: '', sort: { column: 'name', direction: 'ascending' }, lang: 'zh', lookup });
    expect(all.map((feature) => feature.properties.id)).toEqual(['a', 'c', 'deyang', 'b']);
  });

  it('sorts by city name', () => {
    expect(ids({ sort: { column: 'city', direction: 'ascending' } })).toEqual(['a', 'b', 'c']);
    expect(ids({ sort: { column: 'city', direction: 'descending' } })).toEqual(['c', 'b', 'a']);
  });

  it('narrows to names matching the search (Chinese, English, initials)', () => {
    expect(ids({ search: 'hi-tech' })).toEqual(['b', 'a']);
    expect(ids({ search: '综保' })).toEqual(['c']);
    expect(ids({ search: 'cdgxq' })).toEqual(['a']);
    expect(ids({ search: 'nothing like it' })).toEqual([]);
  });

  it('toggles the direction of the sorted column and starts others ascending', () => {
    expect(toggleListSort(null, 'year')).toEqual({ column: 'year', direction: 'ascending' });
    expect(toggleListSort({ column: 'year', direction: 'ascending' }, 'year')).toEqual({ column: 'year', direction: 'descending' });
    expect(toggleListSort({ column: 'year', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });
});
