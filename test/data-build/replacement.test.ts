import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBoundaries, COUNTIES_FILE, BASE_FILE } from '../../data/build/boundaries.ts';
import type { UnitProperties } from '../../src/types.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'boundaries');
const outDir = mkdtempSync(join(tmpdir(), 'replacement-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(file: string): Promise<unknown> {
  return buildBoundaries({
    geoDir: join(repo, 'data', 'geo'),
    namesCsv: join(repo, 'data', 'names-en.csv'),
    outDir,
    boundariesFile: join(fixtures, file),
  });
}

function unitsIn(file: string, object: string): UnitProperties[] {
  const topology = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as Topology;
  return feature(topology, topology.objects[object] as GeometryCollection).features.map((f) => f.properties as UnitProperties);
}

/** Area of a lon/lat cell on the sphere turf uses (R = 6371.0088 km), computed independently. */
function cellKm2(lat0: number, lat1: number, dLon: number): number {
  const R = 6371.0088;
  const rad = Math.PI / 180;
  return R * R * dLon * rad * (Math.sin(lat1 * rad) - Math.sin(lat0 * rad));
}

describe('buildBoundaries with a replacement county file', () => {
  it('rebuilds counties, prefectures dissolved by parent, and provinces', async () => {
    await build('valid-replacement.geojson');
    const counties = unitsIn(COUNTIES_FILE, 'counties');
    expect(counties.map((c) => [c.adcode, c.name_en])).toEqual([
      ['510104', 'Jinjiang District'], // from names-en.csv
      ['510105', 'Qingyang (test name)'], // the file's own name_en wins
      ['500103', 'Yuzhong District'],
    ]);
    const prefectures = unitsIn(BASE_FILE, 'prefectures');
    expect(prefectures.map((p) => [p.adcode, p.name_zh, p.name_en, p.parent])).toEqual([
      ['500103', '渝中区', 'Yuzhong District', '500000'], // Chongqing districts are prefecture-level
      ['510100', '成都市', 'Chengdu', '510000'],
    ]);
    // Two adjacent 0.1° cells at 30.6–30.7°N make Chengdu in this fixture.
    const chengdu = prefectures.find((p) => p.adcode === '510100');
    expect(Math.abs((chengdu?.area_km2 ?? 0) / (2 * cellKm2(30.6, 30.7, 0.1)) - 1)).toBeLessThan(0.01);
    expect(unitsIn(BASE_FILE, 'provinces').map((p) => [p.adcode, p.name_en])).toEqual([
      ['500000', 'Chongqing Municipality'],
      ['510000', 'Sichuan Province'],
    ]);
  });

  it('refuses a bad file, listing every problem', async () => {
    await expect(build('many-problems.geojson')).rejects.toThrow(
      /^many-problems\.geojson: feature 0: property "adcode" is missing\n(.+\n){5}many-problems\.geojson: feature 2 \(adcode 510106\): geometry type must be Polygon or MultiPolygon, got "Point"$/,
    );
  });
});
