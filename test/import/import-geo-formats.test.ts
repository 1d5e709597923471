// KML, GPX, zipped shapefiles, KMZ, DataV lists and ECharts maps, read as the worker reads them.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import { formatProblem } from '../../src/import/format-problem.ts';
import type { ImportResult } from '../../src/import/import-result.ts';
import { fixtureBytes } from './fixtures.ts';

const importFixture = (name: string) => importAnyFile({ name, bytes: fixtureBytes(name) });
const importText = (name: string, text: string) => importAnyFile({ name, bytes: new TextEncoder().encode(text) });
const errors = (result: ImportResult) => result.errors.map((problem) => problem.message);
const warnings = (result: ImportResult) => result.warnings.map((problem) => problem.message);
const names = (result: ImportResult) => result.layer?.features.map((f) => f.properties?.['name'] ?? f.properties?.['名称']);

describe('KML and GPX', () => {
  it('reads placemarks with their names, ExtendedData and an HTML description kept as text', async () => {
    const result = await importFixture('greenway.kml');
    expect(result.format).toBe('kml');
    expect(errors(result)).toEqual([]);
    expect(names(result)).toEqual(['合江亭', '锦江绿道（合江亭—望江楼）', '望江楼公园']);
    expect(result.layer?.features.map((f) => f.geometry?.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(result.layer?.features[0]?.properties).toMatchObject({ 编号: 'JJ-01', 类型: '节点', description: '府河与南河交汇处 <b>起点</b>' });
  });

  it('reads a KMZ (zipped KML) the same way', async () => {
    const result = await importFixture('greenway.kmz');
    expect(result.format).toBe('kmz');
    expect(names(result)).toEqual(['合江亭', '锦江绿道（合江亭—望江楼）', '望江楼公园']);
  });

  it('reads a GPX track with elevation and times, and its waypoints', async () => {
    const result = await importFixture('ride.gpx');
    expect(result.format).toBe('gpx');
    const track = result.layer?.features.find((f) => f.geometry?.type === 'LineString');
    expect(track?.properties?.['name']).toBe('天府广场—九眼桥 骑行');
    expect((track?.geometry as { coordinates: number[][] }).coordinates[0]).toEqual([104.0657, 30.6598, 505]);
    expect(result.layer?.features.filter((f) => f.geometry?.type === 'Point').map((f) => f.properties?.['name'])).toEqual(['天府广场', '九眼桥']);
  });

  it('names the line and column of broken XML, in both languages', async () => {
    const result = await importText('survey.kml', '<kml>\n<Document>\n<Placemark><name>合江亭</Placemark>\n</Document></kml>');
    expect(errors(result)).toEqual([
      'survey.kml: is not well-formed XML (line 3, column 18): Opening and ending tag mismatch: "name" != "Placemark"; check it in Google Earth or a text editor and save it again',
    ]);
    expect(formatProblem(result.errors[0]!, 'zh')).toBe(
      'survey.kml：不是格式正确的 XML（第 3 行第 18 列）：Opening and ending tag mismatch: "name" != "Placemark"；请在 Google Earth 或文本编辑器中检查后重新保存',
    );
    expect(result.layer).toBeUndefined();
  });

  it('says what an XML file is when it is neither KML nor GPX', async () => {
    const result = await importText('map.kml', '<!DOCTYPE html><html><body>登录已过期</body></html>');
    expect(errors(result)).toEqual(['map.kml: is XML but not KML or GPX (its root element is <html>)']);
  });
});

describe('zipped shapefiles', () => {
  it('reads a zipped shapefile with a GBK attribute table and no .cpg', async () => {
    const result = await importFixture('districts-wgs84.zip');
    expect(result.format).toBe('shapefile');
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([]);
    expect(result.layer?.features.map((f) => f.properties)).toEqual([
      { 名称: '锦江区', 代码: '510104', 人口万: 90.1 },
      { 名称: '青羊区', 代码: '510105', 人口万: 95.7 },
      { 名称: '武侯区', 代码: '510107', 人口万: 120.5 },
    ]);
  });

  it('honours a .prj: CGCS2000 Gauss-Kruger metres land within 1 m of the same outline in degrees', async () => {
    const [projected, degrees] = await Promise.all([importFixture('districts-cgcs2000-gk.zip'), importFixture('districts-wgs84.zip')]);
    expect(errors(projected)).toEqual([]);
    expect(warnings(projected)).toEqual(['districts-cgcs2000-gk.zip: coordinates converted to WGS84 from "CGCS2000_3_Degree_GK_CM_105E", as "districts.prj" says']);
    const ring = (r: ImportResult, i: number) => ((r.layer?.features[i] as Feature<Polygon>).geometry.coordinates[0] ?? []);
    const got = ring(projected, 2);
    const want = ring(degrees, 2);
    expect(got.length).toBe(want.length);
    // 1e-5 degree is about 1 m at this latitude.
    got.forEach((position, i) => {
      expect(Math.abs((position[0] ?? 0) - (want[i]?.[0] ?? 0))).toBeLessThan(1e-5);
      expect(Math.abs((position[1] ?? 0) - (want[i]?.[1] ?? 0))).toBeLessThan(1e-5);
    });
  });

  it('names a .prj it cannot follow instead of drawing the layer in the wrong place', async () => {
    const result = await importFixture('districts-local-grid.zip');
    expect(errors(result)).toEqual([
      'districts-local-grid.zip: has a projection file "districts.prj" naming a coordinate system that cannot be read ("Chengdu_City_Grid"); export the layer in WGS84 (EPSG:4326) or CGCS2000 (EPSG:4490) and zip it again',
    ]);
    expect(formatProblem(result.errors[0]!, 'zh')).toBe(
      'districts-local-grid.zip：的投影文件 "districts.prj" 所写的坐标系无法识别（"Chengdu_City_Grid"）；请把图层导出为 WGS84（EPSG:4326）或 CGCS2000（EPSG:4490）后重新压缩',
    );
  });

  it('says when there is no .prj, and reads the coordinates as longitude and latitude', async () => {
    const result = await importFixture('districts-no-prj.zip');
    expect(result.layer?.count).toBe(3);
    expect(warnings(result)).toEqual(['districts-no-prj.zip: "districts.shp" has no .prj beside it; its coordinates are read as WGS84 longitude and latitude']);
  });

  it('lists what a zip holds when it holds no layer', async () => {
    const result = await importFixture('not-a-shapefile.zip');
    expect(errors(result)).toEqual([
      'not-a-shapefile.zip: is a ZIP archive without a shapefile (.shp) or KML inside (it holds: readme.txt, photo.jpg); zip the .shp, .shx, .dbf and .prj of one layer together and import that',
    ]);
  });

  it('says to zip a lone .shp with its other parts', async () => {
    const result = await importAnyFile({ name: 'roads.shp', bytes: new Uint8Array([0, 0, 0x27, 0x0a, 0, 0, 0, 0, 0, 0]) });
    expect(errors(result)).toEqual([
      'roads.shp: is the .shp part of a shapefile, not a GeoJSON, TopoJSON, KML, GPX, CSV or Excel (.xlsx) file; zip the .shp together with its .shx, .dbf and .prj and import the .zip',
    ]);
  });
});

describe('DataV and ECharts boundary files', () => {
  it('reads a DataV GeoAtlas collection (510100_full.json) with its adcodes', async () => {
    const result = await importFixture('datav-510100_full.json');
    expect(result.layer?.features.map((f) => [f.properties?.['adcode'], f.properties?.['name']])).toEqual([[510104, '锦江区'], [510105, '青羊区'], [510107, '武侯区']]);
  });

  it('reads a bare list of Features and names the form', async () => {
    const result = await importFixture('datav-510100-list.json');
    expect(result.form).toBe('feature-list');
    expect(result.layer?.count).toBe(3);
  });

  it('refuses a list of something else with one message, not one per item', async () => {
    const result = await importText('list.json', JSON.stringify([{ type: 'Feature', geometry: null, properties: {} }, { name: '锦江区', value: 1 }, { name: '青羊区' }]));
    expect(errors(result)).toEqual(['list.json: is a JSON list, but item 1 is not a GeoJSON Feature (its "type" is null); every item of a list must be a Feature']);
  });

  it('decodes an ECharts map file, leaving out and counting its slivers', async () => {
    const result = await importFixture('echarts-chongqing-part.json');
    expect(result.form).toBe('echarts-encoded');
    expect(errors(result)).toEqual([]);
    expect(names(result)).toEqual(['渝中区', '大渡口区']);
    expect(warnings(result)).toEqual([
      `echarts-chongqing-part.json: feature 1 (id 500104): "geometry" had 2 rings of fewer than 4 positions (slivers left by ECharts' encoder); they were left out`,
    ]);
  });

  it('names the feature whose encoded coordinates are broken, and keeps the others', async () => {
    const file = {
      type: 'FeatureCollection', UTF8Encoding: true, features: [
        { type: 'Feature', properties: { name: '好' }, geometry: { type: 'Polygon', coordinates: ['@@B@@BAA'], encodeOffsets: [[106496, 30720]] } },
        { type: 'Feature', properties: { name: '坏' }, geometry: { type: 'Polygon', coordinates: ['@@A'], encodeOffsets: [[106496, 30720]] } },
      ],
    };
    const result = await importText('map.json', JSON.stringify(file));
    expect(errors(result)).toEqual([
      'map.json: feature 1: "geometry" holds ECharts-encoded coordinates that cannot be decoded: a ring\'s encoded string has an odd number of characters',
    ]);
    expect(result.goodFeatures).toHaveLength(1);
  });
});
