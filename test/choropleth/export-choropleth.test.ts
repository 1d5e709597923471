import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
// Rendering all 221 county outlines takes a few seconds on a busy machine: these tests get 30 s.
import { buildChoropleth } from '../../src/choropleth/choropleth-model.ts';
import { exportChoropleth } from '../../src/choropleth/export-choropleth.ts';
import type { AreaFeature } from '../../src/export/export-input.ts';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import { buildDivisionIndex } from '../../src/join/division-index.ts';
import { readCsvTable } from '../../src/join/read-csv-table.ts';
import type { UnitProperties } from '../../src/types.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';
import { counties, prefectures } from '../join/divisions.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const countyFeatures = (JSON.parse(read('../../data/geo/sc-cq-counties.geojson')) as { features: AreaFeature<UnitProperties>[] }).features;

const model = buildChoropleth({
  table: readCsvTable(read('../fixtures/join/county-index.csv')),
  tableName: 'county-index.csv',
  level: 'county',
  key: '区县',
  parent: '所属市',
  index: buildDivisionIndex(counties(), prefectures().filter((unit) => unit.parent === '510000')),
  spec: { table: 't1', value: '示例指数（点）', method: 'equal', classes: 4, palette: 'YlGnBu', breaks: [] },
});

it('fills every county with its class colour and lists the classes in the export legend', () => {
  const { choropleth, legend } = exportChoropleth(model, countyFeatures);
  const svg = renderExportSvg(sampleInput({ lang: 'zh', choropleth, legend }));
  expect(svg).toMatch(/<path data-adcode="510107" fill="#225ea8" d="M/);
  expect(svg).toMatch(/<path data-adcode="500156" fill="#ffffcc" d="M/);
  expect(svg).toMatch(/<path data-adcode="510112" fill="#d9d9d9" d="M/);
  // under the boundary lines: the coloured group comes before the prefecture outlines
  expect(svg.indexOf('class="choropleth"')).toBeLessThan(svg.indexOf('class="prefectures"'));
  for (const text of ['示例指数（点）', '28 – 56 点 (5)', '112 – 140 点 (2)', '无数据 (211)']) expect(svg).toContain(text);
  expect(svg).toMatch(/<g class="legend-item" data-key="choropleth:3" data-count="2"><rect [^>]*fill="#225ea8"/);
  // the "no data" swatch in the grey of the units without a value
  expect(svg).toMatch(/<g class="legend-item" data-key="choropleth:no-data" data-count="211"><rect [^>]*fill="#d9d9d9"/);
}, 30_000);

it('labels the legend in English for an English export', () => {
  const { choropleth, legend } = exportChoropleth(model, countyFeatures);
  const svg = renderExportSvg(sampleInput({ lang: 'en', choropleth, legend }));
  expect(svg).toContain('No data (211)');
  expect(svg).toContain('84 – 112 点 (2)');
}, 30_000);
