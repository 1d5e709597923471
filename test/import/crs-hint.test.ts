import { describe, expect, it } from 'vitest';
import { crsHint } from '../../src/import/crs-hint.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import { fixtureBytes } from './fixtures.ts';

describe('crsHint', () => {
  it('reads the web map from the coordinate columns first, then other titles, then the file name', () => {
    expect(crsHint('p.csv', ['名称', '百度经度', '百度纬度'], ['百度经度', '百度纬度'])).toEqual({ crs: 'bd09', evidence: '百度经度', where: 'column' });
    expect(crsHint('p.csv', ['name', 'lng_gcj02', 'lat_gcj02'], ['lng_gcj02', 'lat_gcj02'])).toEqual({ crs: 'gcj02', evidence: 'lng_gcj02', where: 'column' });
    expect(crsHint('p.csv', ['name', 'bd_lng', 'bd_lat'], ['bd_lng', 'bd_lat'])).toMatchObject({ crs: 'bd09' });
    expect(crsHint('p.csv', ['名称', '经度', '纬度', '坐标来源：高德'], ['经度', '纬度'])).toEqual({ crs: 'gcj02', evidence: '坐标来源：高德', where: 'column' });
    expect(crsHint('高德导出点位.csv', ['名称', '经度', '纬度'], ['经度', '纬度'])).toEqual({ crs: 'gcj02', evidence: '高德导出点位.csv', where: 'file' });
  });

  it('says nothing when nothing names a web map (words like "band" or "abdomen" are not Baidu)', () => {
    expect(crsHint('projects.csv', ['名称', '经度', '纬度', 'band', 'abdlat'], ['经度', '纬度'])).toBeUndefined();
  });
});

describe('a table whose columns are named for Baidu', () => {
  it('takes 百度经度/百度纬度 as the coordinates, hints BD-09, and converted lands within 1 m of the WGS84 truth', () => {
    const bytes = fixtureBytes('baidu-columns.csv');
    const preview = importTextFile({ name: 'baidu-columns.csv', bytes });
    expect(preview.table?.mapping).toMatchObject({ 百度经度: 'lon', 百度纬度: 'lat' });
    expect(preview.table?.crsHint).toEqual({ crs: 'bd09', evidence: '百度经度', where: 'column' });
    const result = importTextFile({ name: 'baidu-columns.csv', bytes }, { crs: 'bd09' });
    for (const feature of result.layer?.features ?? []) {
      const [lon, lat] = (feature.geometry as { coordinates: number[] }).coordinates;
      const truth = [Number(feature.properties?.['wgs_lon']), Number(feature.properties?.['wgs_lat'])];
      // 1e-5 degree is about 1 m here.
      expect(Math.abs((lon ?? 0) - (truth[0] ?? 0))).toBeLessThan(1e-5);
      expect(Math.abs((lat ?? 0) - (truth[1] ?? 0))).toBeLessThan(1e-5);
    }
    expect(result.layer?.count).toBeGreaterThan(1);
  });
});
