// Long project names from data/facts/features.csv on a label of at most a few lines: cut where a
// phrase or word ends, with an ellipsis, never inside a parenthesis or a word.
import { describe, expect, it } from 'vitest';
import { wrapClamped, wrapText } from '../../src/export/text-measure.ts';

// hsr-xian-chongqing, adj-chengxuanwan, lsc-chengdu-luzhou-baise, ftz-sc-qingbaijiang-rail-port
const XIAN_CHONGQING = "Xi'an-Chongqing High-Speed Railway (called 渝西高铁 in Chongqing)";
const CHENGXUANWAN = 'Chengkou-Xuanhan-Wanyuan Old Revolutionary Base Revitalisation Demonstration Zone';
const LAND_SEA_ZH = '西部陆海新通道（成都—泸州（宜宾）—百色—北部湾）';
const QINGBAIJIANG_ZH = '中国（四川）自由贸易试验区成都青白江铁路港片区';

describe('wrapClamped: a long name in a few lines', () => {
  it('keeps a name that fits as it wraps', () => {
    // 10 px type, 150 px wide: about 27 Latin letters or 15 Chinese characters a line
    expect(wrapClamped(XIAN_CHONGQING, 150, 10, 3)).toEqual(["Xi'an-Chongqing High-Speed", 'Railway (called 渝西高铁 in', 'Chongqing)']);
    expect(wrapClamped(LAND_SEA_ZH, 150, 10, 2)).toEqual(wrapText(LAND_SEA_ZH, 150, 10));
  });

  it('cuts before a parenthesis it would leave open, not after "(called 渝西高铁 in"', () => {
    expect(wrapClamped(XIAN_CHONGQING, 150, 10, 2)).toEqual(["Xi'an-Chongqing High-Speed", 'Railway…']);
    expect(wrapClamped(LAND_SEA_ZH, 100, 10, 2)).toEqual(['西部陆海新通道…']);
  });

  it('cuts after a whole word in English and between characters in Chinese, with an ellipsis', () => {
    expect(wrapClamped(CHENGXUANWAN, 150, 10, 3)).toEqual(['Chengkou-Xuanhan-Wanyuan', 'Old Revolutionary Base', 'Revitalisation…']);
    expect(wrapClamped(CHENGXUANWAN, 150, 10, 2)).toEqual(['Chengkou-Xuanhan-Wanyuan', 'Old Revolutionary Base…']);
    expect(wrapClamped(QINGBAIJIANG_ZH, 100, 10, 2)).toEqual(['中国（四川）自由贸易', '试验区成都青白江铁…']);
  });
});
