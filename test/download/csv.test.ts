import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCSV } from '../../src/download/csv.ts';
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
const PLAIN = makeFeature({ id: 'plain', name_zh: '成都高新区', category: 'industrial_park', subtype: 'national_high_tech_zone' });

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

  it('has the documented header and one row per feature', () => {
    const rows = parse(toCSV([PLAIN, TRICKY], 'en'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
  });

  it('round-trips quotes, commas and line breaks through a CSV parser', () => {
    const [, row] = parse(toCSV([TRICKY], 'en'));
    const cell = (column: (typeof CSV_COLUMNS)[number]): string | undefined => row?.[CSV_COLUMNS.indexOf(column)];
    expect(cell('name_zh')).toBe('重庆"两江"新区');
    expect(cell('name_en')).toBe('Liangjiang, New Area\nline two');
    expect(cell('lon')).toBe('106.55');
    expect(cell('lat')).toBe('29.56');
    expect(cell('area_km2_official')).toBe('1200.5');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const [, row] = parse(toCSV([TRICKY], 'en'));
    expect(row?.[CSV_COLUMNS.indexOf('cities')]).toBe(`'=cmd|"/c calc"!A1`);
    // the joined sources start with plain text, so only a leading formula character matters
    expect(row?.[CSV_COLUMNS.indexOf('sources')]).toBe('State Council notice; @mention https://example.org/b');
  });

  it('leaves unverified level, status and year empty instead of guessing', () => {
    const [, row] = parse(toCSV([TRICKY], 'zh'));
    expect(row?.[CSV_COLUMNS.indexOf('level')]).toBe('');
    expect(row?.[CSV_COLUMNS.indexOf('status')]).toBe('');
    expect(row?.[CSV_COLUMNS.indexOf('year')]).toBe('');
  });

  it('writes category, level and status as labels in the chosen language', () => {
    const [, zhRow] = parse(toCSV([PLAIN], 'zh'));
    const [, enRow] = parse(toCSV([PLAIN], 'en'));
    expect(zhRow?.slice(3, 6)).toEqual(['产业园区', '国家级高新技术产业开发区', '国家级']);
    expect(enRow?.slice(3, 6)).toEqual(['Industrial park', 'National high-tech zone', 'National']);
    expect(zhRow?.[CSV_COLUMNS.indexOf('status')]).toBe('已设立');
  });
});
