import { describe, expect, it } from 'vitest';
import { matchUnits, type Matchable } from '../../src/ui/match-units';

const units: Matchable[] = [
  { adcode: '510104', name_zh: '锦江区', name_en: 'Jinjiang District', level: 'district', parent: '510100' },
  { adcode: '510100', name_zh: '成都市', name_en: 'Chengdu', level: 'prefecture', parent: '510000' },
  { adcode: '510121', name_zh: '金堂县', name_en: 'Jintang County', level: 'county', parent: '510100' },
  { adcode: '500103', name_zh: '渝中区', name_en: 'Yuzhong District', level: 'district', parent: '500000' },
];
const codes = (list: Matchable[]) => list.map((u) => u.adcode);

describe('matchUnits', () => {
  it('finds a unit by its Chinese name, its English name in any case, or its code', () => {
    expect(codes(matchUnits(units, '成都', 'zh'))).toEqual(['510100']);
    expect(codes(matchUnits(units, 'CHENGDU', 'en'))).toEqual(['510100']);
    expect(codes(matchUnits(units, '5001', 'en'))).toEqual(['500103']);
  });

  it('lists prefecture-level units before counties among equal matches', () => {
    expect(codes(matchUnits(units, 'district', 'en'))).toEqual(['500103', '510104']);
  });

  it('puts names that start with the query before names that only contain it', () => {
    const jiangyang: Matchable = { adcode: '510502', name_zh: '江阳区', name_en: 'Jiangyang District', level: 'district', parent: '510500' };
    expect(codes(matchUnits([...units, jiangyang], 'jiang', 'en'))).toEqual(['510502', '510104']);
  });

  it('returns nothing for a query that matches no unit, and at most `limit` units', () => {
    expect(matchUnits(units, 'Lhasa', 'en')).toEqual([]);
    expect(matchUnits(units, '', 'en', 2)).toHaveLength(2);
  });
});
