// GCJ-02 (AMap) and BD-09 (Baidu) positions back to WGS84 within a metre. The shifted positions were
// made from known WGS84 positions by the published forward formulas (test/fixtures/import/make-shifted-points.ts),
// not by the library under test.
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import type { Point } from 'geojson';
import { toWgs84 } from '../../src/import/coordinate-systems.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import { fixtureBytes } from './fixtures.ts';
import { gcj02ToBd09, wgs84ToGcj02 } from '../fixtures/import/make-shifted-points.ts';

const metres = (a: number[], b: number[]) => distance(a as [number, number], b as [number, number], { units: 'kilometers' }) * 1000;

describe('toWgs84', () => {
  it('matches a published pair: WGS84 116.404, 39.915 is GCJ-02 116.41024449916938, 39.91640428150164', () => {
    expect(wgs84ToGcj02(116.404, 39.915)).toEqual([116.41024449916938, 39.91640428150164]);
    expect(metres(toWgs84([116.41024449916938, 39.91640428150164], 'gcj02'), [116.404, 39.915])).toBeLessThan(1);
  });

  it('leaves WGS84 alone and keeps altitude', () => {
    expect(toWgs84([104.1, 30.6, 500], 'wgs84')).toEqual([104.1, 30.6, 500]);
    expect(toWgs84([104.1, 30.6, 500], 'gcj02')[2]).toBe(500);
  });

  it('converts points across the region from GCJ-02 and BD-09 to within a metre', () => {
    for (let lon = 98; lon <= 110; lon += 1.5) {
      for (let lat = 26.5; lat <= 33; lat += 1.3) {
        const gcj = wgs84ToGcj02(lon, lat);
        expect(metres(toWgs84(gcj, 'gcj02'), [lon, lat])).toBeLessThan(1);
        expect(metres(toWgs84(gcj02ToBd09(...gcj), 'bd09'), [lon, lat])).toBeLessThan(1);
        // The shift is real: without conversion the points are hundreds of metres off.
        expect(metres(gcj, [lon, lat])).toBeGreaterThan(100);
      }
    }
  });
});

describe('importing a file in GCJ-02 or BD-09', () => {
  for (const [file, crs] of [['gcj02-points.csv', 'gcj02'], ['bd09-points.csv', 'bd09']] as const) {
    it(`${file}: every point lands within a metre of its known WGS84 position`, () => {
      const result = importTextFile({ name: file, bytes: fixtureBytes(file) }, { crs });
      expect(result.errors).toEqual([]);
      for (const feature of result.layer?.features ?? []) {
        const known = [Number(feature.properties?.['wgs_lon']), Number(feature.properties?.['wgs_lat'])];
        expect(metres((feature.geometry as Point).coordinates, known)).toBeLessThan(1);
      }
      expect(result.layer?.count).toBe(5);
      // Read as WGS84, the same file is hundreds of metres off.
      const raw = importTextFile({ name: file, bytes: fixtureBytes(file) });
      const first = raw.layer?.features[0];
      expect(metres((first?.geometry as Point).coordinates, [104.06573, 30.65738])).toBeGreaterThan(200);
    });
  }
});
