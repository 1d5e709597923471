// Rules every record of the shipped data/facts must keep (the build enforces them too; these tests
// fail with the record named when someone edits the CSV without running the build).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlacement } from '../../data/build/check-placement.ts';
import { indexCounties, type CountyFeature } from '../../data/build/placement.ts';
import { parseCsvTable } from '../../src/data/csv-records.ts';
import { FACT_COLUMNS, type FactsRow } from '../../src/data/schema.ts';
import { checkRelations, isDrawnPoint } from '../../src/data/validate-relations.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const rows = parseCsvTable(read('data/facts/features.csv')).records.map(({ line, values }) => ({
  line,
  row: Object.fromEntries(FACT_COLUMNS.map((c) => [c, values[c] ?? ''])) as FactsRow,
}));
const zoneIds = new Set(parseCsvTable(read('data/facts/zone-members.csv')).records.map((r) => r.values.id ?? ''));
const counties = (JSON.parse(read('data/geo/sc-cq-counties.geojson')) as { features: CountyFeature[] }).features;
const knownUnits = new Map(counties.map((c) => [c.properties.adcode, c.properties.name]));
const byId = new Map(rows.map(({ row }) => [row.id, row]));

describe('the shipped facts', () => {
  it('place every point inside the county-level unit it names', () => {
    expect(checkPlacement('features.csv', rows, zoneIds, indexCounties(counties))).toEqual([]);
    expect(rows.filter(({ row }) => isDrawnPoint(row, zoneIds)).every(({ row }) => row.county !== '')).toBe(true);
  });

  it('put no two records on one spot unless they are marked co-located', () => {
    expect(checkRelations({ rows, zoneIds, knownUnits })).toEqual([]);
  });

  it('give every record a source, a year or an explicit unknown, and name and description in both languages', () => {
    for (const { line, row } of rows) {
      expect(row.source.trim(), `line ${line} ${row.id}: source`).not.toBe('');
      expect(row.year.trim(), `line ${line} ${row.id}: year`).toMatch(/^(\d{4}|unknown)$/);
      expect(row.name_zh.trim(), `line ${line} ${row.id}: name_zh`).toMatch(/\p{Script=Han}/u);
      expect(row.name_en.trim(), `line ${line} ${row.id}: name_en`).toMatch(/[A-Za-z]{2}/);
      expect(row.description_zh.trim(), `line ${line} ${row.id}: description_zh`).toMatch(/\p{Script=Han}/u);
      expect(row.description_en.trim(), `line ${line} ${row.id}: description_en`).toMatch(/[A-Za-z]{2}/);
    }
  });

  it('carry the checked corrections', () => {
    expect(byId.get('htz-deyang')).toMatchObject({ county: '510681', year: '2015' });
    expect(byId.get('cbz-chongqing-fuling')?.status).toBe('operating');
    expect(byId.get('cbz-yibin')?.year).toBe('2020');
    expect(byId.get('hsr-chengdu-zigong-yibin')?.name_zh).toBe('成宜高速铁路');
    expect(byId.get('hsr-chengdu-zigong-yibin')?.aliases).toContain('成自宜高铁');
    expect(byId.get('expwy-chengdu-anyue-chongqing')?.level).toBe('national');
    expect(byId.get('airport-chongqing-jiangbei')?.description_en).toContain('T3B');
    // no longer a point in 安岳: drawn as the units holding the FTZ sections
    expect(zoneIds.has('chuanyu-ftz-coordinated-opening-zone')).toBe(true);
    expect(read('data/facts/features.csv')).not.toMatch(/隆昌县|武隆县/);
    expect(byId.get('ccec-planning-area')?.notes).not.toMatch(/181,963|189,604/);
  });
});
