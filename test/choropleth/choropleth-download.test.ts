import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildChoropleth } from '../../src/choropleth/choropleth-model.ts';
import { choroplethCsv, choroplethGeoJSON } from '../../src/choropleth/choropleth-download.ts';
import type { AreaFeature } from '../../src/export/export-input.ts';
import { buildDivisionIndex } from '../../src/join/division-index.ts';
import { readCsvTable } from '../../src/join/read-csv-table.ts';
import type { UnitProperties } from '../../src/types.ts';
import { counties, prefectures } from '../join/divisions.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
// the county outlines with the names the app's boundary file carries (zh from the source, en from data/names-en.csv)
const names = new Map(counties().map((unit) => [unit.adcode, unit]));
const countyFeatures = (JSON.parse(read('../../data/geo/sc-cq-counties.geojson')) as { features: AreaFeature<UnitProperties>[] }).features.map((f) => ({
  ...f,
  properties: { ...f.properties, name_zh: names.get(f.properties.adcode)?.name_zh ?? '', name_en: names.get(f.properties.adcode)?.name_en ?? '' },
}));

const model = buildChoropleth({
  table: readCsvTable(read('../fixtures/join/county-index.csv')),
  tableName: 'county-index.csv',
  level: 'county',
  key: '区县',
  parent: '所属市',
  index: buildDivisionIndex(counties(), prefectures().filter((unit) => unit.parent === '510000')),
  spec: { table: 't1', value: '示例指数（点）', method: 'equal', classes: 4, palette: 'YlGnBu', breaks: [] },
});

const lines = (csv: string) => csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');

it('writes every county with its joined value, class, bounds, colour and table row', () => {
  const csv = choroplethCsv(model, countyFeatures, 'zh');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const rows = lines(csv);
  expect(rows[0]).toBe('adcode,name_zh,name_en,示例指数（点）,class,class_range,colour,table_row');
  expect(rows).toHaveLength(1 + 221);
  // 武侯区: 120 in the top class of four equal ones over 28–140, row 2 of the file (the header is row 1)
  expect(rows).toContain('510107,武侯区,Wuhou District,120,4,112 – 140 点,#225ea8,2');
  // 武隆 (named by its old name 武隆县 in row 7): 35, the lowest class
  expect(rows.find((row) => row.startsWith('500156,'))).toBe('500156,武隆区,Wulong District,35,1,28 – 56 点,#ffffcc,7');
  // 龙泉驿区 is not in the table: empty cells, never a zero, and the no-data grey
  expect(rows.find((row) => row.startsWith('510112,'))).toBe('510112,龙泉驿区,Longquanyi District,,,,#d9d9d9,');
});

it('writes the class bounds in the language asked for', () => {
  expect(lines(choroplethCsv(model, countyFeatures, 'en'))).toContain('510107,武侯区,Wuhou District,120,4,112 – 140 点,#225ea8,2');
});

it('gives the GeoJSON the unit outlines, the same values and how they were coloured', () => {
  const collection = choroplethGeoJSON(model, countyFeatures, 'zh');
  expect(collection.features).toHaveLength(221);
  const wuhou = collection.features.find((f) => f.properties.adcode === '510107');
  expect(wuhou?.properties).toMatchObject({ value: 120, class: 4, colour: '#225ea8', column: '示例指数（点）', table_row: 2 });
  expect(wuhou?.geometry.type).toMatch(/Polygon/);
  expect(collection.features.find((f) => f.properties.adcode === '510112')?.properties).toMatchObject({ value: null, class: null });
  expect(collection.choropleth).toMatchObject({ table: 'county-index.csv', column: '示例指数（点）', unit: '点', method: 'equal', breaks: [28, 56, 84, 112, 140] });
});

it('keeps a column name that looks like a formula inert in the CSV', () => {
  const hostile = { ...model, spec: { ...model.spec, value: '=HYPERLINK("x")' } };
  expect(lines(choroplethCsv(hostile, countyFeatures, 'en'))[0]).toContain(`"'=HYPERLINK(""x"")"`);
});
