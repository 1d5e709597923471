import { describe, expect, it } from 'vitest';
import { checkFileSize, importTextFile } from '../../src/import/import-file.ts';
import { acceptWithoutBadFeatures, type ImportResult } from '../../src/import/import-result.ts';
import { fixtureBytes } from './fixtures.ts';

function importFixture(name: string, fixes: ImportResult['fixes'][number]['kind'][] = []): ImportResult {
  return importTextFile({ name, bytes: fixtureBytes(name) }, { fixes });
}

function messages(result: ImportResult): string[] {
  return result.errors.map((problem) => problem.message);
}

/** A rejected file: these messages, no layer, and nothing to accept without bad features. */
function expectRejected(result: ImportResult, expected: string[]): void {
  expect(messages(result)).toEqual(expected);
  expect(result.layer).toBeUndefined();
  expect(acceptWithoutBadFeatures(result)).toBeUndefined();
}

describe('importTextFile: files rejected as a whole', () => {
  it('says an empty file is empty', () => {
    expectRejected(importFixture('empty.geojson'), ['empty.geojson: is empty']);
  });

  it('says where a truncated JSON file ends', () => {
    expectRejected(importFixture('truncated.geojson'), [
      'truncated.geojson: is not valid JSON: the text ends too early (at line 1, column 139); the file may be truncated',
    ]);
  });

  it('points at the line and column of a JSON syntax error', () => {
    const bytes = new TextEncoder().encode('{\n  "type": "FeatureCollection"\n  "features": []\n}');
    expectRejected(importTextFile({ name: 'commas.geojson', bytes }), [
      'commas.geojson: is not valid JSON: unexpected text at line 3, column 3',
    ]);
  });

  it('lists the accepted column names when a CSV has neither coordinates nor place names', () => {
    expectRejected(importFixture('no-place.csv'), [
      'no-place.csv: has no coordinate columns; expected lon/lat (or lng, long, longitude/latitude, 经度/纬度, x/y), ' +
        'a WKT column (wkt, geometry, geom, the_geom, 几何) or place columns (province, city, county, address, adcode; 省, 市, 区县, 地址, 行政区划代码); ' +
        'found columns: "id", "name", "note"',
    ]);
  });

  it('rejects a file over 25 MB from its size alone', () => {
    expect(checkFileSize('big.geojson', 26 * 1024 * 1024)?.message).toBe(
      'big.geojson: is 26.0 MB; files larger than 25.0 MB cannot be imported',
    );
    expect(checkFileSize('ok.geojson', 25 * 1024 * 1024)).toBeUndefined();
  });

  it('rejects formats it cannot read, naming the extension', () => {
    const bytes = new TextEncoder().encode('name: Tianfu\nplace: Chengdu');
    expectRejected(importTextFile({ name: 'parks.yaml', bytes }), [
      'parks.yaml: is not a format that can be imported (".yaml"); use GeoJSON, TopoJSON, KML, GPX, a zipped shapefile, CSV or Excel (.xlsx)',
    ]);
  });

  it('says to save .xls and .numbers files as .xlsx', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectRejected(importTextFile({ name: '项目.xls', bytes: ole }), [
      '项目.xls: is an Excel 97–2003 workbook (.xls); save it as .xlsx in Excel or WPS and import that',
    ]);
    const zip = new TextEncoder().encode('PK\u0003\u0004 binary');
    expectRejected(importTextFile({ name: 'plan.numbers', bytes: zip }), [
      'plan.numbers: is an Apple Numbers file; export it to Excel (.xlsx) from Numbers and import that',
    ]);
  });

  it('names a zip archive for what it is (importAnyFile opens it; test/import/import-geo-formats.test.ts)', () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 binary');
    expectRejected(importTextFile({ name: 'parks.zip', bytes }), ['parks.zip: is a ZIP archive, not a GeoJSON, TopoJSON, KML, GPX, CSV or Excel (.xlsx) file']);
  });

  it('reports every bad feature when none is usable, and produces no layer', () => {
    expectRejected(importFixture('wrong-type-names.geojson'), [
      'wrong-type-names.geojson: feature 0: "type" of "geometry" is "Pointt", which is not a geometry type; did you mean "Point"? (type names are case-sensitive)',
      'wrong-type-names.geojson: feature 1: "type" of "geometry" is "polygon", which is not a geometry type; did you mean "Polygon"? (type names are case-sensitive)',
    ]);
  });

  it('caps the number of features per file', () => {
    const features = Array.from({ length: 200_001 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [104, 30] } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    expectRejected(importTextFile({ name: 'many.geojson', bytes }), [
      'many.geojson: has 200,001 features; at most 200,000 can be imported from one file',
    ]);
  }, 30_000);

  it('caps the number of coordinate positions per file', () => {
    const line = Array.from({ length: 1_000_001 }, (_, i) => [104 + (i % 1000) / 1000, 30]);
    const geometry = { type: 'LineString', coordinates: line };
    const fc = { type: 'FeatureCollection', features: [0, 1].map(() => ({ type: 'Feature', properties: {}, geometry })) };
    expectRejected(importTextFile({ name: 'dense.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) }), [
      'dense.geojson: has more than 2,000,000 coordinate positions; simplify it or split it into several files',
    ]);
    // Two million positions take several seconds on a loaded two-core machine: the default 5 s is too tight.
  }, 60_000);
});

describe('importTextFile: partly bad files', () => {
  it('names the row, id and column of a CSV cell that is not a number', () => {
    const result = importFixture('bad-row.csv');
    expect(messages(result)).toEqual([
      'bad-row.csv: row 3 (id P-02): "lat" is not a number ("abc")',
      'bad-row.csv: row 4 (id P-03): "lon" is empty',
    ]);
    expect(result.errors[0]).toMatchObject({ file: 'bad-row.csv', index: 1, id: 'P-02', field: 'lat' });
    expect(result.layer).toBeUndefined();
    expect(result.badFeatureIndexes).toEqual([1, 2]);
    const accepted = acceptWithoutBadFeatures(result);
    expect(accepted?.name).toBe('bad-row');
    expect(accepted?.features.map((f) => f.id)).toEqual(['P-01']);
  });

  it('reports a coordinate given as the string "abc"', () => {
    const result = importFixture('coordinate-abc.geojson');
    expect(messages(result)).toEqual([
      'coordinate-abc.geojson: feature 1 (id P-02): latitude of "geometry" is not a number ("abc")',
    ]);
    expect(acceptWithoutBadFeatures(result)?.count).toBe(1);
  });

  it('reports a null coordinate with its position', () => {
    expectRejected(importFixture('coordinate-null.geojson'), [
      'coordinate-null.geojson: feature 0: longitude of position 1 of "geometry" is missing (null); expected a number',
    ]);
  });

  it('reports an unclosed ring rather than closing it, and offers the fix', () => {
    const result = importFixture('unclosed-ring.geojson');
    expect(messages(result)).toEqual([
      'unclosed-ring.geojson: feature 1: ring 0 of "geometry" is not closed (it starts at [106.4, 29.5] but ends at [106.4, 29.7])',
    ]);
    expect(result.fixes.map((f) => [f.kind, f.featureIndexes])).toEqual([['closeRings', [1]]]);

    const fixed = importFixture('unclosed-ring.geojson', ['closeRings']);
    expect(fixed.errors).toEqual([]);
    const ring = fixed.layer?.features[1]?.geometry;
    expect(ring?.type === 'Polygon' && ring.coordinates[0]?.length).toBe(5);
  });

  it('reports the bad TopoJSON object and keeps the others', () => {
    const result = importFixture('topology.topojson');
    expect(result.format).toBe('topojson');
    expect(messages(result)).toEqual([
      'topology.topojson: object "broken" geometry 0: "type" is "Pointt", which is not a geometry type; did you mean "Point"? (type names are case-sensitive)',
    ]);
    const layer = acceptWithoutBadFeatures(result);
    expect(layer?.geometryTypes).toEqual(['Point', 'Polygon']);
    const seat = layer?.features[1]?.geometry;
    expect(seat?.type === 'Point' && seat.coordinates).toEqual([104.07, 30.67]);
    expect(layer?.features[0]?.id).toBe('T-1');
  });

  it('reports a CSV row whose WKT cannot be read', () => {
    const result = importFixture('wkt.csv');
    expect(messages(result)).toEqual(['wkt.csv: row 4 (id W-3): "wkt" is not valid WKT ("POLYGN ((1 2))")']);
    const layer = acceptWithoutBadFeatures(result);
    expect(layer?.geometryTypes).toEqual(['LineString', 'Polygon']);
    // the WKT text becomes the geometry and is not repeated as a property
    expect(layer?.features[0]?.properties).toEqual({ id: 'W-1', name: 'Corridor' });
  });
});
