import { describe, expect, it } from 'vitest';
import { englishKey, normaliseName, shortName, withoutProvince } from '../../src/join/name-forms.ts';

describe('name forms', () => {
  it('folds full-width characters and drops spaces', () => {
    expect(normaliseName(' 成都　市 ')).toBe('成都市');
    expect(normaliseName('５１０１００')).toBe('510100');
  });

  it('short names drop the level word and autonomous-group words', () => {
    expect(shortName('成都市')).toBe('成都');
    expect(shortName('武隆区')).toBe('武隆');
    expect(shortName('武隆县')).toBe('武隆');
    expect(shortName('阿坝藏族羌族自治州')).toBe('阿坝');
    expect(shortName('石柱土家族自治县')).toBe('石柱');
    expect(shortName('秀山土家族苗族自治县')).toBe('秀山');
    expect(shortName('北川羌族自治县')).toBe('北川');
  });

  it('gives no short name of one character (泸县, 东区)', () => {
    expect(shortName('泸县')).toBeNull();
    expect(shortName('东区')).toBeNull();
  });

  it('drops a province in front', () => {
    expect(withoutProvince('四川省成都市')).toBe('成都市');
    expect(withoutProvince('重庆市渝北区')).toBe('渝北区');
    expect(withoutProvince('重庆市')).toBe('重庆市');
  });

  it('compares English names without case, level words or accents', () => {
    expect(englishKey('Wulong District')).toBe('wulong');
    expect(englishKey('Garzê Tibetan Autonomous Prefecture')).toBe('garze');
    expect(englishKey('Xiushan Tujia and Miao Autonomous County')).toBe('xiushan');
  });
});
import { divisionCode } from '../../src/join/name-forms.ts';

describe('division codes as tables write them', () => {
  it('reads 6-digit codes, statistical codes and spreadsheet numbers; tells a unit’s own code from one inside it', () => {
    expect(divisionCode('510107')).toEqual({ code: '510107', exact: true });
    expect(divisionCode('510107000000')).toEqual({ code: '510107', exact: true });
    expect(divisionCode('５１０１０７')).toEqual({ code: '510107', exact: true });
    expect(divisionCode('510107.0')).toEqual({ code: '510107', exact: true });
    expect(divisionCode('510107001')).toEqual({ code: '510107', exact: false });
    expect(divisionCode('510107001001')).toEqual({ code: '510107', exact: false });
    expect(divisionCode('5101070')).toBeUndefined();
    expect(divisionCode('武侯区')).toBeUndefined();
  });
});
