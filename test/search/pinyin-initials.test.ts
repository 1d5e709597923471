import { describe, expect, it } from 'vitest';
import { pinyinInitials, pinyinSortKey } from '../../src/search/pinyin-initials';

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

  it('sorts place names by their place-name reading', () => {
    const collator = new Intl.Collator('zh-CN');
    const names = ['德阳', '重庆', '成都', '长寿'];
    expect([...names].sort((a, b) => collator.compare(pinyinSortKey(a), pinyinSortKey(b)))).toEqual(['长寿', '成都', '重庆', '德阳']);
  });
});
