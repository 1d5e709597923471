import { describe, expect, it } from 'vitest';
import { unmatchedRowsCsv } from '../../src/user-data/unmatched-csv';
import type { UnmatchedRow } from '../../src/import/placement-report.ts';

const rows: UnmatchedRow[] = [
  { index: 8, n: 10, text: '火星区', reason: 'unknown', cells: ['', '火星区', '1'], candidates: [
    { adcode: '510112', name_zh: '龙泉驿区', name_en: 'Longquanyi District' }, { adcode: '500101', name_zh: '万州区', name_en: 'Wanzhou District' },
  ] },
  { index: 6, n: 8, text: '四川省', reason: 'province-only', cells: ['四川省', '=HYPERLINK("x")', 2], candidates: [] },
];

describe('unmatchedRowsCsv', () => {
  it('writes the rows in sheet order with their own cells, what did not match, why and the nearest units (zh)', () => {
    expect(unmatchedRowsCsv(['市', '区县', '项目数'], rows, 'zh')).toBe(
      '\ufeff行号,市,区县,项目数,未匹配的地名,原因,最接近的区划\r\n'
      + '8,四川省,"\'=HYPERLINK(""x"")",2,四川省,只写到省,\r\n'
      + '10,,火星区,1,火星区,无法匹配,龙泉驿区、万州区\r\n',
    );
  });

  it('heads the columns in English and names the nearest units in both scripts', () => {
    const text = unmatchedRowsCsv(['市', '区县', '项目数'], rows.slice(0, 1), 'en');
    expect(text.split('\r\n')[0]).toBe('\ufeffrow,市,区县,项目数,place not matched,reason,nearest divisions');
    expect(text.split('\r\n')[1]).toBe('10,,火星区,1,火星区,matches nothing,Longquanyi District (龙泉驿区); Wanzhou District (万州区)');
  });
});
