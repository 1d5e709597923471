import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FILE, COUNTIES_FILE, buildBoundaries } from '../../data/build/boundaries.ts';
import type { UnitProperties } from '../../src/types.ts';

const repo = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'boundaries-'));
let base: Topology;
let counties: Topology;

beforeAll(async () => {
  await buildBoundaries({ geoDir: join(repo, 'data', 'geo'), namesCsv: join(repo, 'data', 'names-en.csv'), outDir });
  base = JSON.parse(readFileSync(join(outDir, BASE_FILE), 'utf8')) as Topology;
  counties = JSON.parse(readFileSync(join(outDir, COUNTIES_FILE), 'utf8')) as Topology;
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function geometries(topology: Topology, name: string): GeometryObject<UnitProperties>[] {
  return (topology.objects[name] as GeometryCollection<UnitProperties>).geometries;
}

function propsOf(g: GeometryObject<UnitProperties> | undefined): UnitProperties | undefined {
  return g?.properties as UnitProperties | undefined;
}

function unit(topology: Topology, name: string, adcode: string): UnitProperties {
  const found = propsOf(geometries(topology, name).find((g) => propsOf(g)?.adcode === adcode));
  if (!found) throw new Error(`no ${adcode} in ${name}`);
  return found;
}

/** adcodes of the units that share at least one arc with `adcode`. */
function neighbourCodes(topology: Topology, name: string, adcode: string): string[] {
  const list = geometries(topology, name);
  const index = list.findIndex((g) => propsOf(g)?.adcode === adcode);
  return (neighbors(list)[index] ?? []).map((i) => propsOf(list[i])?.adcode ?? '');
}

function arcIndexes(object: unknown): Set<number> {
  const found = new Set<number>();
  JSON.stringify((object as GeometryCollection).geometries.map((g) => ('arcs' in g ? g.arcs : [])), (_k, v: unknown) => {
    if (typeof v === 'number') found.add(v < 0 ? ~v : v);
    return v;
  });
  return found;
}

const UNIT_KEYS = ['adcode', 'area_km2', 'level', 'name_en', 'name_zh', 'parent', 'seat'];

describe('built boundary TopoJSON', () => {
  it('decodes to 2 provinces, 59 prefecture-level units, 8 neighbours, 16 rivers, 59 seats and 221 counties', () => {
    const count = (t: Topology, name: string): number => feature(t, t.objects[name] as GeometryCollection).features.length;
    expect(Object.keys(base.objects).sort()).toEqual(['neighbours', 'prefectures', 'provinces', 'rivers', 'seats']);
    expect(count(base, 'provinces')).toBe(2);
    expect(count(base, 'prefectures')).toBe(59);
    expect(count(base, 'neighbours')).toBe(8);
    expect(count(base, 'rivers')).toBe(16);
    expect(count(base, 'seats')).toBe(59);
    expect(Object.keys(counties.objects)).toEqual(['counties']);
    expect(count(counties, 'counties')).toBe(221);
  });

  it('gives every unit exactly the UnitProperties fields, with English names and no provenance field', () => {
    for (const [topology, name] of [[base, 'provinces'], [base, 'prefectures'], [counties, 'counties']] as const) {
      for (const g of geometries(topology, name)) {
        expect(Object.keys(g.properties ?? {}).sort()).toEqual(UNIT_KEYS);
        expect(propsOf(g)?.name_en).toMatch(/^[A-Z]/);
      }
    }
    expect(unit(base, 'prefectures', '513400')).toMatchObject({ name_zh: '凉山彝族自治州', name_en: 'Liangshan Yi Autonomous Prefecture', level: 'prefecture', parent: '510000' });
    expect(unit(base, 'provinces', '500000')).toMatchObject({ name_en: 'Chongqing Municipality', parent: null, seat: null });
    expect(unit(counties, 'counties', '510185')).toMatchObject({ name_zh: '简阳市', name_en: 'Jianyang City', level: 'city', parent: '510100' });
  });

  it('computes areas that agree with official figures', () => {
    // Official: Chengdu 14,335 km²; Chongqing 82,400 km²; Sichuan 486,000 km².
    expect(unit(base, 'prefectures', '510100').area_km2).toBeGreaterThan(14335 * 0.95);
    expect(unit(base, 'prefectures', '510100').area_km2).toBeLessThan(14335 * 1.05);
    expect(Math.abs(unit(base, 'provinces', '500000').area_km2 / 82400 - 1)).toBeLessThan(0.03);
    expect(Math.abs(unit(base, 'provinces', '510000').area_km2 / 486000 - 1)).toBeLessThan(0.03);
  });

  it('stores shared borders once: neighbouring prefectures share arcs, also across the provincial border', () => {
    // Chengdu borders Deyang, Ziyang, Meishan, Ya'an and Ngawa; Guang'an borders Hechuan (Chongqing).
    expect(neighbourCodes(base, 'prefectures', '510100')).toEqual(expect.arrayContaining(['510600', '512000', '511400', '511800', '513200']));
    expect(neighbourCodes(base, 'prefectures', '511600')).toContain('500117');
    // Jinjiang borders Qingyang, Wuhou and Chenghua.
    expect(neighbourCodes(counties, 'counties', '510104')).toEqual(expect.arrayContaining(['510105', '510107', '510108']));
  });

  it('draws province outlines with the same arcs as the prefecture borders', () => {
    const prefectureArcs = arcIndexes(base.objects.prefectures);
    const provinceArcs = [...arcIndexes(base.objects.provinces)];
    expect(provinceArcs.length).toBeGreaterThan(0);
    expect(provinceArcs.filter((i) => !prefectureArcs.has(i))).toEqual([]);
  });

  it('places seats with English names', () => {
    const seats = feature(base, base.objects.seats as GeometryCollection).features;
    const chengdu = seats.find((s) => (s.properties as { adcode?: string } | null)?.adcode === '510100');
    expect(chengdu?.properties).toEqual({ adcode: '510100', name_zh: '成都市', name_en: 'Chengdu' });
    const [lon, lat] = (chengdu?.geometry as { coordinates: number[] }).coordinates as [number, number];
    // Chengdu's government seat is near 104.06°E 30.66°N
    expect(Math.abs(lon - 104.06)).toBeLessThan(0.05);
    expect(Math.abs(lat - 30.66)).toBeLessThan(0.05);
  });
});

describe('English-name completeness', () => {
  it('fails the build naming the adcode of a unit without an English name', async () => {
    const namesCsv = join(outDir, 'names-without-chengdu.csv');
    const full = readFileSync(join(repo, 'data', 'names-en.csv'), 'utf8');
    writeFileSync(namesCsv, full.split('\n').filter((line) => !line.startsWith('510100,')).join('\n'));
    await expect(
      buildBoundaries({ geoDir: join(repo, 'data', 'geo'), namesCsv, outDir: join(outDir, 'unused') }),
    ).rejects.toThrow('names-en.csv: no English name for adcode 510100');
  });
});
