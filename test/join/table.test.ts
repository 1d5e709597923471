import { expect, it } from 'vitest';
import { readCsvTable } from '../../src/join/read-csv-table.ts';
import { guessKeyColumns, numericColumns, unitFromHeader } from '../../src/join/table.ts';

const csv = '区县,所属市,行政区划代码,GDP（亿元）,备注\n武侯区,成都,510107,"1,234.5",\n\n渝北去,重庆,,—,typo\n';

it('reads rows with their spreadsheet numbers, skipping blank lines', () => {
  const table = readCsvTable(csv);
  expect(table.columns).toEqual(['区县', '所属市', '行政区划代码', 'GDP（亿元）', '备注']);
  expect(table.rows.map((row) => row.n)).toEqual([2, 4]);
  expect(table.rows[0]?.cells['GDP（亿元）']).toBe('1,234.5');
});

it('guesses the key columns: a code column first, else a name with its prefecture', () => {
  expect(guessKeyColumns(['区县', '所属市', '行政区划代码'], 'county')).toEqual({ key: '行政区划代码', parent: undefined });
  expect(guessKeyColumns(['区县', '所属市', '人口'], 'county')).toEqual({ key: '区县', parent: '所属市' });
  expect(guessKeyColumns(['城市', 'GDP'], 'prefecture')).toEqual({ key: '城市', parent: undefined });
  expect(guessKeyColumns(['County', 'Population'], 'county')).toEqual({ key: 'County', parent: undefined });
});

it('offers the columns that hold numbers, and reads a unit from a header', () => {
  const table = readCsvTable(csv);
  expect(numericColumns(table, ['行政区划代码'])).toEqual(['GDP（亿元）']);
  expect(unitFromHeader('GDP（亿元）')).toBe('亿元');
  expect(unitFromHeader('人口(万人)')).toBe('万人');
  expect(unitFromHeader('人口')).toBeUndefined();
});
