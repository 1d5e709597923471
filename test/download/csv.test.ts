import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCSV } from '../../src/download/csv.ts';
import { makeFeature } from '../charts/make-feature.ts';

const TRICKY = makeFeature({
  id: 'tricky',
  name_zh: '重庆"两江"新区',
  name_en: 'Liangjiang, New Area\nline two',
  cities: '=cmd|"/c calc"!A1',
  level: null,
  status: null,
  year: null,
  area_km2_official: 1200.5,
  anchor: [106.55, 29.56],
  sources: [
    { text: 'State Council notice', url: null },
    { text: '@mention https://example.org/b', url: 'https://example.org/b' },
  ],
});
const PLAIN = makeFeature({
  id: 'plain', name_zh: '成都高新区', category: 'industrial_park', subtype: 'national_high_tech_zone',
  description_zh: '国家级高新区。', description_en: 'A national high-tech zone.', precision: 'city',
});

const HEADERS_ZH = ['编号', '中文名称', '英文名称', '类别', '类型', '级别', '省份', '所在城市', '状态', '年份', '位置精度', '经度', '纬度', '官方面积（平方公里）', '中文简介', '英文简介', '来源'];
const HEADERS_EN = ['ID', 'Name (Chinese)', 'Name (English)', 'Category', 'Type', 'Level', 'Province', 'Cities', 'Status', 'Year', 'Location precision', 'Longitude', 'Latitude', 'Official area (km²)', 'Description (Chinese)', 'Description (English)', 'Sources'];

/** The cell of `row` under `header` (headers as the file writes them). */
function cellOf(rows: string[][], header: string): string | undefined {
  const index = rows[0]?.indexOf(header) ?? -1;
  expect(index, `no column "${header}"`).toBeGreaterThanOrEqual(0);
  return rows[1]?.[index];
}

function parse(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCSV', () => {
  it('starts with the UTF-8 byte-order mark so spreadsheets read Chinese correctly', () => {
    const bytes = toCSV([PLAIN], 'zh');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('成都高新区');
  });

  it('has readable headers in the interface language, no snake_case, and one row per feature', () => {
    const en = parse(toCSV([PLAIN, TRICKY], 'en'));
    expect(en[0]).toEqual(HEADERS_EN);
    expect(en).toHaveLength(3);
    const zh = parse(toCSV([PLAIN, TRICKY], 'zh'));
    expect(zh[0]).toEqual(HEADERS_ZH);
    for (const header of [...en[0] ?? [], ...zh[0] ?? []]) expect(header).not.toMatch(/_/);
    // the Chinese file has no English header, the English file no Chinese one
    expect((zh[0] ?? []).filter((h) => /^[A-Za-z ()]+$/.test(h))).toEqual([]);
    expect((en[0] ?? []).filter((h) => /\p{Script=Han}/u.test(h))).toEqual([]);
  });

  it('writes both descriptions, province and precision as words in the chosen language', () => {
    const zh = parse(toCSV([PLAIN], 'zh'));
    expect(cellOf(zh, '中文简介')).toBe('国家级高新区。');
    expect(cellOf(zh, '英文简介')).toBe('A national high-tech zone.');
    expect(cellOf(zh, '省份')).toBe('四川');
    expect(cellOf(zh, '位置精度')).toBe('区县驻地');
    const en = parse(toCSV([PLAIN], 'en'));
    expect(cellOf(en, 'Province')).toBe('Sichuan');
    expect(cellOf(en, 'Location precision')).toBe('District/county seat');
    const both = parse(toCSV([makeFeature({ id: 'both', province: 'both' })], 'zh'));
    expect(cellOf(both, '省份')).toBe('四川、重庆');
  });

  it('round-trips quotes, commas and line breaks through a CSV parser', () => {
    const rows = parse(toCSV([TRICKY], 'en'));
    expect(cellOf(rows, 'Name (Chinese)')).toBe('重庆"两江"新区');
    expect(cellOf(rows, 'Name (English)')).toBe('Liangjiang, New Area\nline two');
    expect(cellOf(rows, 'Longitude')).toBe('106.55');
    expect(cellOf(rows, 'Latitude')).toBe('29.56');
    expect(cellOf(rows, 'Official area (km²)')).toBe('1200.5');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const rows = parse(toCSV([TRICKY], 'en'));
    expect(cellOf(rows, 'Cities')).toBe(`'=cmd|"/c calc"!A1`);
    // the joined sources start with plain text, so only a leading formula character matters
    expect(cellOf(rows, 'Sources')).toBe('State Council notice; @mention https://example.org/b');
  });

  it('leaves unverified level, status and year empty instead of guessing', () => {
    const rows = parse(toCSV([TRICKY], 'zh'));
    expect(cellOf(rows, '级别')).toBe('');
    expect(cellOf(rows, '状态')).toBe('');
    expect(cellOf(rows, '年份')).toBe('');
  });

  it('writes category, level and status as labels in the chosen language', () => {
    const zhRows = parse(toCSV([PLAIN], 'zh'));
    const [, zhRow] = zhRows;
    const [, enRow] = parse(toCSV([PLAIN], 'en'));
    expect(zhRow?.slice(3, 6)).toEqual(['产业园区', '国家级高新技术产业开发区', '国家级']);
    expect(enRow?.slice(3, 6)).toEqual(['Industrial park', 'National high-tech zone', 'National']);
    expect(cellOf(zhRows, '状态')).toBe('已设立');
  });

  it('ends each row with its distance to the corridor when a catchment is asked, in km to 10 m, 0 for one touching it', () => {
    const distances = new Map([['plain', 0], ['tricky', 12.3456]]);
    const zh = parse(toCSV([PLAIN, TRICKY], 'zh', distances));
    expect(zh[0]).toEqual([...HEADERS_ZH, '到通道距离（千米）']);
    expect(zh.map((row) => row.at(-1))).toEqual(['到通道距离（千米）', '0', '12.35']);
    const en = parse(toCSV([PLAIN], 'en', distances));
    expect(en[0]?.at(-1)).toBe('Distance to corridor (km)');
    // without a catchment there is no such column
    expect(parse(toCSV([PLAIN], 'en'))[0]).toEqual(HEADERS_EN);
  });
});
