import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeatures, DEFAULT_FEATURES_OPTIONS, FactsValidationError, type BuildFeaturesResult } from '../../data/build/features.ts';
import type { ProjectCollection, ProjectFeature } from '../../src/types.ts';

const outDir = mkdtempSync(join(tmpdir(), 'features-build-'));
let result: BuildFeaturesResult;
let collection: ProjectCollection;
const byId = (id: string) => collection.features.find((f) => f.properties.id === id) as ProjectFeature;

beforeAll(async () => {
  result = await buildFeatures({ ...DEFAULT_FEATURES_OPTIONS, outDir });
  collection = JSON.parse(readFileSync(result.outFile, 'utf8')) as ProjectCollection;
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Figures from the shared data README (computed independently from the same county polygons).
const within1pct = (value: number, expected: number) => Math.abs(value - expected) / expected <= 0.01;

describe('buildFeatures on the project data', () => {
  it('writes every CSV row once, small enough for the first view', () => {
    const csvRows = readFileSync(join(DEFAULT_FEATURES_OPTIONS.factsDir, 'features.csv'), 'utf8').trim().split('\n').length - 1;
    expect(collection.features).toHaveLength(csvRows);
    expect(gzipSync(readFileSync(result.outFile)).length).toBeLessThan(60 * 1024);
    expect(collection.bbox).toHaveLength(4);
  });

  it('reports the planning area close to the published whole-unit and full figures', () => {
    const p = result.planningArea;
    expect(p?.officialKm2).toBe(185000);
    expect(within1pct(p?.wholeKm2 ?? 0, 182000)).toBe(true);
    expect(within1pct(p?.withPartialKm2 ?? 0, 189600)).toBe(true);
  });

  it('draws Kaizhou and Yunyang as partly included in the planning area', () => {
    const area = byId('ccec-planning-area');
    expect(area.properties.partial_units.sort()).toEqual(['500154', '500235']);
    expect(collection.partial_extents?.['ccec-planning-area']?.type).toMatch(/Polygon/);
    expect(area.properties.has_extent).toBe(true);
    expect(area.properties.precision).toBe('approximate');
  });

  it('gives metropolitan areas an extent whose area matches the official figure within 1%', () => {
    for (const id of ['chengdu-metropolitan-area', 'chongqing-metropolitan-area']) {
      const p = byId(id).properties;
      expect(within1pct(p.area_km2_computed ?? 0, p.area_km2_official ?? 1)).toBe(true);
    }
  });

  it('makes corridors lines and parks points, with 5-decimal coordinates', () => {
    expect(byId('hsr-chengdu-chongqing').geometry.type).toBe('LineString');
    const park = byId('htz-rongchang');
    expect(park.geometry).toEqual({ type: 'Point', coordinates: park.properties.anchor });
    const digits = JSON.stringify(collection.features.filter((f) => !f.properties.has_extent).map((f) => f.geometry)).match(/\.\d{6,}/g);
    expect(digits).toBeNull();
  });

  it('tells which features reach beyond the planning area', () => {
    // Wanyuan (in the Chengxuan-Wan platform) is excluded from the planning area; Beibu Gulf ports are far outside.
    expect(byId('adj-chengxuanwan').properties.in_planning_area).toBe('partial');
    expect(byId('lsc-chongqing-guiyang-nanning').properties.in_planning_area).toBe('partial');
    expect(byId('airport-chongqing-jiangbei').properties.in_planning_area).toBe('yes');
  });

  it('lists the prefecture-level units a feature lies in', () => {
    expect(byId('airport-chongqing-jiangbei').properties.prefectures).toEqual(['500112']); // 渝北区
    expect(byId('chengdu-metropolitan-area').properties.prefectures).toEqual(['510100', '510600', '511400', '512000']);
  });

  it('keeps unknown facts null', () => {
    const shuangliu = byId('airport-chengdu-shuangliu').properties;
    expect(shuangliu.year).toBeNull();
    expect(byId('etdz-neijiang').properties.year).toBeNull();
    // corrected from unknown: in closed-area operation since 2019-12-27, approval year still unknown
    expect(byId('cbz-chongqing-fuling').properties.status).toBe('operating');
    expect(byId('cbz-chongqing-fuling').properties.year).toBeNull();
  });
});

describe('buildFeatures on broken facts', () => {
  it('lists every problem with file and line, and writes nothing', async () => {
    const factsDir = new URL('../fixtures/facts/broken/', import.meta.url).pathname;
    const brokenOut = join(outDir, 'broken');
    const error = await buildFeatures({ ...DEFAULT_FEATURES_OPTIONS, factsDir, outDir: brokenOut }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactsValidationError);
    expect((error as FactsValidationError).problems).toEqual([
      'features.csv:2 description_zh: missing (every record needs its name and description in Chinese and English)',
      'features.csv:2 subtype: "railway" does not belong to category "industrial_park" (allowed: national_economic_development_zone, national_high_tech_zone, comprehensive_bonded_zone, industrial_cooperation_park)',
      'features.csv:2 year: 1800 is before 1949',
      'features.csv:2 lon/lat: (30.67, 104.06) looks swapped: lon and lat reversed',
      'features.csv:2 source: missing (every fact needs a source)',
      'features.csv:5 path: unparseable: needs at least 2 vertices (got 1)',
      'features.csv:2 county: missing (the adcode of the county-level unit the point lies in)',
    ]);
    expect(() => readFileSync(join(brokenOut, 'features.json'))).toThrow();
  });
});
