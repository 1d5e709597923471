// Tables (XLSX and CSV) through the importer: header row, column roles, numbers, bad cells with
// sheet, row and column, rows placed by place name, and coordinates from AMap and Baidu.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature, Point } from 'geojson';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import { acceptWithoutBadFeatures } from '../../src/import/import-result.ts';
import { indexDivisions, type DivisionList } from '../../src/import/divisions.ts';
import { formatProblem } from '../../src/import/format-problem.ts';
import { fixtureBytes } from './fixtures.ts';

const divisions = indexDivisions(JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList);
const placedAt = (feature: Feature | undefined) => (feature as (Feature & { placedAt?: { name_zh: string; precision: string; how: string } }) | undefined)?.placedAt;

describe('an .xlsx with a title row and Chinese headers', () => {
  it('reads the first sheet with data, finds the header under the title, and names bad cells by sheet, row and column', async () => {
    const result = await importAnyFile({ name: 'projects.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') }, { divisions });
    expect(result.format).toBe('xlsx');
    expect(result.table).toMatchObject({
      sheets: ['重点项目', '分区县'], sheet: '重点项目', headerRow: 3, rowCount: 6,
      headers: ['序号', '项目名称', '所在市', '区县', '经度', '纬度', '总投资（亿元）', '年份', '类型'],
      mapping: { 项目名称: 'name', 所在市: 'city', 区县: 'county', 经度: 'lon', 纬度: 'lat', '总投资（亿元）': 'value', 年份: 'year', 类型: 'type' },
    });
    // Row 9 (Excel's numbering) has a latitude but no longitude: an error, not a guess.
    expect(result.errors.map((p) => p.message)).toEqual(['projects.xlsx: sheet "重点项目" row 9: "经度" is empty']);
    expect(result.warnings.map((p) => p.message)).toEqual(['projects.xlsx: sheet "重点项目" row 8: "总投资（亿元）" is not a number ("约20"); kept as text']);
    expect(formatProblem(result.errors[0]!, 'zh')).toBe('projects.xlsx：工作表 "重点项目" 第 9 行："经度" 为空');
    const layer = acceptWithoutBadFeatures(result);
    expect(layer?.count).toBe(5);
    const investment = layer?.features.map((f) => f.properties?.['总投资（亿元）']);
    // 1200, "1,250.5", full-width "３５", "8.5亿" in a 亿元 column, "约20" kept as written
    expect(investment).toEqual([1200, 1250.5, 35, 8.5, '约20']);
    expect(layer?.features[1]?.properties?.['项目名称']).toBe('两江协同创新区');
    expect((layer?.features[1]?.geometry as Point).coordinates).toEqual([106.646, 29.717]);
  });

  it('reads the sheet the planner picks, placing county rows without coordinates at their unit', async () => {
    const result = await importAnyFile({ name: 'projects.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') }, { divisions, sheet: '分区县' });
    expect(result.errors).toEqual([]);
    expect(result.table?.headerRow).toBe(1);
    expect(result.placement).toEqual({ county: 3, city: 1, unmatched: [], countyUnmatched: [] });
    const features = result.layer?.features ?? [];
    expect(features.map((f) => [placedAt(f)?.name_zh, placedAt(f)?.precision])).toEqual([
      ['武侯区', 'county'], ['武隆区', 'county'], ['渝北区', 'county'], ['成都市', 'city'],
    ]);
    expect(features.map((f) => f.properties?.['GDP（亿元）'])).toEqual([1363, 281.6, 2351.6, 3000]);
  });

  it('says when the sheet asked for is not there, and when the workbook is broken', async () => {
    const missing = await importAnyFile({ name: 'projects.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') }, { sheet: '2023' });
    expect(missing.errors.map((p) => p.message)).toEqual(['projects.xlsx: has no sheet called "2023"']);
    const bytes = fixtureBytes('projects-title-row.xlsx').slice(0, 600);
    const broken = await importAnyFile({ name: 'broken.xlsx', bytes });
    expect(broken.errors).toHaveLength(1);
    expect(broken.errors[0]?.message).toMatch(/^broken\.xlsx: is not a readable Excel workbook \(/);
  });

  it('uses the header row and column roles the planner corrected', async () => {
    const result = await importAnyFile(
      { name: 'projects.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') },
      { divisions, headerRow: 3, columns: { 经度: 'ignore', 纬度: 'ignore', 类型: 'ignore' } },
    );
    // Without coordinate columns, every row is placed at its county.
    expect(result.errors).toEqual([]);
    expect(result.placement).toMatchObject({ county: 6, city: 0 });
    expect(Object.keys(result.layer?.features[0]?.properties ?? {})).not.toContain('类型');
  });
});

describe('a CSV of counties without coordinates, with old names and typos', () => {
  it('places what it can, at which level, and lists every row it could not place with the nearest units', () => {
    const result = importTextFile({ name: 'counties.csv', bytes: fixtureBytes('counties-no-coordinates.csv') }, { divisions });
    expect(result.placement?.county).toBe(5);
    expect(result.placement?.city).toBe(2);
    expect(result.placement?.unmatched.map((u) => [u.n, u.text, u.reason])).toEqual([[8, '四川省', 'province-only'], [10, '火星区', 'unknown']]);
    expect(result.placement?.unmatched[1]?.candidates).toHaveLength(3);
    expect(result.placement?.countyUnmatched.map((u) => [u.n, u.text, u.candidates[0]?.name_zh])).toEqual([[7, '武候区', '武侯区']]);
    expect(result.errors.map((p) => p.message)).toEqual([
      'counties.csv: row 8: the place "四川省" names only a province; a city or county is needed to place the row',
      expect.stringMatching(/^counties\.csv: row 10: the place "火星区" matches no city or county; nearest: /),
    ]);
    expect(result.warnings.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^counties\.csv: row 7: the county "武候区" matches no county of Chengdu, so the row is placed at Chengdu; nearest: Wuhou/),
    );
    const layer = acceptWithoutBadFeatures(result);
    expect(layer?.features.map((f) => placedAt(f)?.name_zh)).toEqual(['武侯区', '武隆区', '渝北区', '成都市', '安州区', '成都市', '叙州区']);
    expect(layer?.features[2]?.properties?.['项目数']).toBe(1024);
  });

  it('places the rows the planner fixed: a candidate chosen by code, a name typed in; the cells stay as written', () => {
    const fixes = { '7': '510107', '8': '四川省宜宾市叙州区', '10': '不存在的地方' };
    const result = importTextFile({ name: 'counties.csv', bytes: fixtureBytes('counties-no-coordinates.csv') }, { divisions, placeFixes: fixes });
    // Row 7 (武候区, a typo) was left at 成都市; row 8 named only 四川省; row 10 still matches nothing.
    expect(result.placement?.countyUnmatched).toEqual([]);
    expect(result.placement?.unmatched.map((u) => [u.n, u.text, u.reason])).toEqual([[10, '不存在的地方', 'unknown']]);
    expect(result.placement?.unmatched[0]?.cells).toEqual(['', '火星区', '1']);
    const layer = acceptWithoutBadFeatures(result);
    const rows = layer?.features.map((f) => [placedAt(f)?.name_zh, placedAt(f)?.precision, placedAt(f)?.how, f.properties?.['区县']]);
    expect(rows?.[5]).toEqual(['武侯区', 'county', 'chosen', '武候区']);
    expect(rows?.[6]).toEqual(['叙州区', 'county', 'chosen', '']);
  });

  it('places a city given in English', () => {
    const result = importTextFile({ name: 'no-coordinates.csv', bytes: fixtureBytes('no-coordinates.csv') }, { divisions });
    expect(result.errors).toEqual([]);
    expect(placedAt(result.layer?.features[0])).toMatchObject({ name_zh: '成都市', precision: 'city' });
  });
});
