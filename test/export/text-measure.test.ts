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

// Every wrap of the page (labels, legend, key, footer, notes) goes through wrapText: English breaks at
// spaces, hyphens, dashes and slashes only, Chinese between characters (brackets kept with their
// character), and nothing is dropped.
describe('wrapText: where lines break', () => {
  // lsc-chongqing-guiyang-nanning's English name; 10 px type at 0.55 em a Latin letter: 66 px is 12 letters
  const LAND_SEA_EN = 'New Western Land-Sea Corridor: Chongqing-Guiyang-Nanning-Beibu Gulf';

  it('breaks English after spaces and hyphens, never inside a word ("Nan / ning")', () => {
    expect(wrapText(LAND_SEA_EN, 66, 10)).toEqual(['New Western', 'Land-Sea', 'Corridor:', 'Chongqing-', 'Guiyang-', 'Nanning-', 'Beibu Gulf']);
    // 150 px: 27 letters a line
    expect(wrapText(LAND_SEA_EN, 150, 10)).toEqual(['New Western Land-Sea', 'Corridor: Chongqing-', 'Guiyang-Nanning-Beibu Gulf']);
    expect(wrapText('Chengdu–Chongqing Economic Circle', 66, 10)).toEqual(['Chengdu–', 'Chongqing', 'Economic', 'Circle']);
  });

  it('gives a word wider than the line a line of its own, whole', () => {
    expect(wrapText('Old Revitalisation Zone', 44, 10)).toEqual(['Old', 'Revitalisation', 'Zone']);
    expect(wrapText('Revitalisation', 20, 10)).toEqual(['Revitalisation']);
    // an address stays whole, hyphens and all, so a reader can copy it and a PDF search finds it
    expect(wrapText('Link: example.org/map/?qc=hsr-chengdu-chongqing&qd=20', 100, 10)).toEqual(['Link:', 'example.org/map/?qc=hsr-chengdu-chongqing&qd=20']);
  });

  it('breaks Chinese between characters, keeping brackets with their character', () => {
    // 10 px type, 50 px: five characters a line
    expect(wrapText('中国（四川）自由贸易试验区', 50, 10)).toEqual(['中国（四', '川）自由贸', '易试验区']);
    expect(wrapText('西部陆海新通道（成都—泸州）', 40, 10)).toEqual(['西部陆海', '新通道', '（成都—', '泸州）']);
  });

  it('keeps a quotation mark with the quoted Chinese, never at a line’s end or start alone', () => {
    // a size legend's title on the exported page: not "…proportional to “" / "人口”"
    expect(wrapText('Circle areas proportional to “人口”', 170, 10)).toEqual(['Circle areas proportional to', '“人口”']);
    expect(wrapText('圆的面积与“人口”成正比', 60, 10)).toEqual(['圆的面积与', '“人口”成正', '比']);
  });

  it('breaks mixed text at the script change and keeps every character', () => {
    const mixed = '成渝中线高铁 Chengdu-Chongqing Central Line';
    const lines = wrapText(mixed, 80, 10);
    expect(lines).toEqual(['成渝中线高铁', 'Chengdu-', 'Chongqing', 'Central Line']);
    expect(lines.join('').replace(/\s/g, '')).toBe(mixed.replace(/\s/g, ''));
  });
});
