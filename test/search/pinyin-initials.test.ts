import { describe, expect, it } from 'vitest';
import { pinyinInitials } from '../../src/search/pinyin-initials';

describe('pinyinInitials', () => {
  it('gives the initial of each character of common place names', () => {
    expect(pinyinInitials('成都')).toBe('cd');
    expect(pinyinInitials('绵阳')).toBe('my');
    expect(pinyinInitials('泸州')).toBe('lz');
    expect(pinyinInitials('荣昌')).toBe('rc');
    expect(pinyinInitials('遂宁')).toBe('sn');
    expect(pinyinInitials('四川天府新区')).toBe('sctfxq');
  });

  it('uses the place-name reading of characters with several readings', () => {
    expect(pinyinInitials('重庆')).toBe('cq');
    expect(pinyinInitials('长寿')).toBe('cs');
  });

  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(pinyinInitials('中国（四川）自由贸易试验区')).toBe('zgsczymysyq');
    expect(pinyinInitials('G5013渝蓉')).toBe('g5013yr');
  });
});
