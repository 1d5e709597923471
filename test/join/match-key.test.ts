import { describe, expect, it } from 'vitest';
import { buildDivisionIndex } from '../../src/join/division-index.ts';
import { matchKey } from '../../src/join/match-key.ts';
import { counties, prefectures } from './divisions.ts';

const sichuanPrefectures = prefectures().filter((unit) => unit.parent === '510000');
const countyIndex = buildDivisionIndex(counties(), sichuanPrefectures);
const prefectureIndex = buildDivisionIndex(prefectures());

describe('matching a key to a county', () => {
  it('by code, including the 12-digit statistical code and an old code', () => {
    expect(matchKey(countyIndex, '510107')).toEqual({ kind: 'matched', adcode: '510107', by: 'adcode' });
    expect(matchKey(countyIndex, '510107000000')).toEqual({ kind: 'matched', adcode: '510107', by: 'adcode' });
    expect(matchKey(countyIndex, '500232')).toEqual({ kind: 'matched', adcode: '500156', by: 'old-adcode' });
  });

  it('by full name, with a province in front or full-width spaces', () => {
    expect(matchKey(countyIndex, '武侯区')).toEqual({ kind: 'matched', adcode: '510107', by: 'name' });
    expect(matchKey(countyIndex, '重庆市渝北区')).toEqual({ kind: 'matched', adcode: '500112', by: 'name' });
    expect(matchKey(countyIndex, '江津　区')).toEqual({ kind: 'matched', adcode: '500116', by: 'name' });
  });

  it('by old name: 武隆县 → 武隆区, 开县 → 开州区, 宜宾县 → 叙州区', () => {
    expect(matchKey(countyIndex, '武隆县')).toEqual({ kind: 'matched', adcode: '500156', by: 'old-name' });
    expect(matchKey(countyIndex, '开县')).toEqual({ kind: 'matched', adcode: '500154', by: 'old-name' });
    expect(matchKey(countyIndex, '宜宾县')).toEqual({ kind: 'matched', adcode: '511504', by: 'old-name' });
  });

  it('by short name: 渝北 → 渝北区, 石柱 → 石柱土家族自治县, 隆昌县 → 隆昌市', () => {
    expect(matchKey(countyIndex, '渝北')).toEqual({ kind: 'matched', adcode: '500112', by: 'short-name' });
    expect(matchKey(countyIndex, '石柱')).toEqual({ kind: 'matched', adcode: '500240', by: 'short-name' });
    expect(matchKey(countyIndex, '石柱县')).toEqual({ kind: 'matched', adcode: '500240', by: 'short-name' });
  });

  it('by English name', () => {
    expect(matchKey(countyIndex, 'Wulong District')).toEqual({ kind: 'matched', adcode: '500156', by: 'english' });
    expect(matchKey(countyIndex, 'jiangjin')).toEqual({ kind: 'matched', adcode: '500116', by: 'english' });
  });

  it('two counties named 市中区 (Neijiang 511002, Leshan 511102): ambiguous alone, told apart by the prefecture', () => {
    expect(matchKey(countyIndex, '市中区')).toEqual({ kind: 'ambiguous', candidates: ['511002', '511102'] });
    expect(matchKey(countyIndex, '乐山市市中区')).toEqual({ kind: 'matched', adcode: '511102', by: 'parent-and-name' });
    expect(matchKey(countyIndex, '内江市中区')).toEqual({ kind: 'matched', adcode: '511002', by: 'parent-and-name' });
    expect(matchKey(countyIndex, '市中区', '乐山')).toEqual({ kind: 'matched', adcode: '511102', by: 'name' });
  });

  it('a typo is unmatched with the nearest names first', () => {
    const match = matchKey(countyIndex, '渝北去');
    expect(match.kind).toBe('unmatched');
    expect(match.kind === 'unmatched' && match.candidates[0]).toBe('500112');
    const missing = matchKey(countyIndex, '沙坪区');
    expect(missing.kind === 'unmatched' && missing.candidates[0]).toBe('500106');
  });

  it('an empty key and a name far from every unit', () => {
    expect(matchKey(countyIndex, '  ')).toEqual({ kind: 'empty' });
    expect(matchKey(countyIndex, '海淀区')).toEqual({ kind: 'unmatched', candidates: [] });
  });
});

describe('matching a key to a prefecture-level unit', () => {
  it('成都 → 成都市, 阿坝州 → 阿坝藏族羌族自治州, 510100 → 成都市, Chongqing districts too', () => {
    expect(matchKey(prefectureIndex, '成都')).toEqual({ kind: 'matched', adcode: '510100', by: 'short-name' });
    expect(matchKey(prefectureIndex, '成都市')).toEqual({ kind: 'matched', adcode: '510100', by: 'name' });
    expect(matchKey(prefectureIndex, '阿坝州')).toEqual({ kind: 'matched', adcode: '513200', by: 'short-name' });
    expect(matchKey(prefectureIndex, '510100')).toEqual({ kind: 'matched', adcode: '510100', by: 'adcode' });
    expect(matchKey(prefectureIndex, '万州区')).toEqual({ kind: 'matched', adcode: '500101', by: 'name' });
  });

  it('广安 is the prefecture at this level (the county 广安区 is not in the list)', () => {
    expect(matchKey(prefectureIndex, '广安')).toEqual({ kind: 'matched', adcode: '511600', by: 'short-name' });
  });
});

describe('rules first written for placing rows without coordinates, now also the join’s', () => {
  it('an old name renamed before 2011: 灌县 → 都江堰市', () => {
    expect(matchKey(countyIndex, '灌县')).toEqual({ kind: 'matched', adcode: '510181', by: 'old-name' });
  });

  it('a code a spreadsheet saved as a number (510107.0)', () => {
    expect(matchKey(countyIndex, '510107.0')).toEqual({ kind: 'matched', adcode: '510107', by: 'adcode' });
    expect(matchKey(prefectureIndex, '510100.0')).toEqual({ kind: 'matched', adcode: '510100', by: 'adcode' });
  });

  it('a township’s code is not its county’s row: unmatched, with the county as the candidate', () => {
    expect(matchKey(countyIndex, '510107001')).toEqual({ kind: 'unmatched', candidates: ['510107'] });
    expect(matchKey(countyIndex, '510107001001')).toEqual({ kind: 'unmatched', candidates: ['510107'] });
    expect(matchKey(countyIndex, '510107001', undefined, { codesInside: true })).toEqual({ kind: 'matched', adcode: '510107', by: 'adcode' });
  });

  it('a zone is not its city: 成都市高新区 stays unmatched, 成都市 the first candidate', () => {
    const match = matchKey(prefectureIndex, '成都市高新区');
    expect(match.kind).toBe('unmatched');
    expect(match.kind === 'unmatched' && match.candidates[0]).toBe('510100');
  });

  it('candidates: the three closest whatever the distance, or none', () => {
    const any = matchKey(countyIndex, '海淀区', undefined, { candidates: 'any' });
    expect(any.kind === 'unmatched' && any.candidates).toHaveLength(3);
    expect(matchKey(countyIndex, '渝北去', undefined, { candidates: 'none' })).toEqual({ kind: 'unmatched', candidates: [] });
  });

  it('among: only the units allowed match (广安 as a county, not the city)', () => {
    const all = buildDivisionIndex([...prefectures(), ...counties()]);
    expect(matchKey(all, '广安')).toEqual({ kind: 'ambiguous', candidates: ['511600', '511602'] });
    expect(matchKey(all, '广安', undefined, { among: (unit) => unit.parent === '511600' })).toEqual({ kind: 'matched', adcode: '511602', by: 'short-name' });
  });
});
