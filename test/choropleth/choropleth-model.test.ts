import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildChoropleth } from '../../src/choropleth/choropleth-model.ts';
import { buildDivisionIndex } from '../../src/join/division-index.ts';
import { readCsvTable } from '../../src/join/read-csv-table.ts';
import { counties, prefectures } from '../join/divisions.ts';

const text = readFileSync(fileURLToPath(new URL('../fixtures/join/county-index.csv', import.meta.url)), 'utf8');
const index = buildDivisionIndex(counties(), prefectures().filter((unit) => unit.parent === '510000'));

it('joins the county fixture, classes its values in equal intervals and fills every county', () => {
  const model = buildChoropleth({
    table: readCsvTable(text),
    tableName: 'county-index.csv',
    level: 'county',
    key: '区县',
    parent: '所属市',
    index,
    spec: { table: 't1', value: '示例指数（点）', method: 'equal', classes: 4, palette: 'YlGnBu', breaks: [] },
  });
  // 13 rows: 11 join (two by old name, 市中区 twice by its prefecture, 石柱 by its short name), two typos do not.
  expect(model.report.matched).toHaveLength(11);
  expect(model.report.matched.find((row) => row.key === '武隆县')).toEqual({ n: 7, key: '武隆县', adcode: '500156', by: 'old-name' });
  expect(model.report.unmatched.map((row) => [row.n, row.key, row.candidates[0]])).toEqual([
    [11, '渝北去', '500112'],
    [12, '沙坪区', '500106'],
  ]);
  // values 28..140 → equal intervals of 28
  expect(model.breaks).toEqual([28, 56, 84, 112, 140]);
  expect(model.unit).toBe('点');
  // ColorBrewer YlGnBu, 4 classes
  expect(model.colours).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8']);
  expect(model.fills.get('510107')).toBe('#225ea8'); // 武侯区 120
  expect(model.fills.get('500156')).toBe('#ffffcc'); // 武隆区 35
  expect(model.fills.get('511083')).toBe('#d9d9d9'); // 隆昌市: joined, no value
  expect(model.values.get('511102')).toEqual({ value: 40, n: 9 }); // 乐山 市中区
  expect(model.counts).toEqual([5, 1, 2, 2]);
  expect(model.noData).toBe(221 - 10);
  expect(model.fills.size).toBe(221);
});
