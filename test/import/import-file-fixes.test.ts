// Good files, encodings, the offered fixes and the promise never to change the caller's data.
import { describe, expect, it } from 'vitest';
import type { Point, Polygon } from 'geojson';
import { importTextFile } from '../../src/import/import-file.ts';
import { isInRegion } from '../../src/import/placement.ts';
import { parseGeoJsonValue } from '../../src/import/parse-geojson.ts';
import { validateRecord } from '../../src/import/validate-record.ts';
import { fixtureBytes } from './fixtures.ts';

describe('importTextFile: good files', () => {
  it('imports a good GeoJSON file with its properties as they were', () => {
    const result = importTextFile({ name: 'good.geojson', bytes: fixtureBytes('good.geojson') });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.layer?.name).toBe('good');
    expect(result.layer?.count).toBe(3);
    expect(result.layer?.geometryTypes).toEqual(['LineString', 'Point', 'Polygon']);
    expect(result.layer?.features[0]?.properties).toEqual({
      name: '天府新区', category: 'pilot_zone', year: 2014, url: 'https://www.example.org/tianfu',
    });
  });

  it('rewinds polygon rings counter-clockwise (RFC 7946)', () => {
    // good.geojson's G-2 ring is written clockwise
    const result = importTextFile({ name: 'good.geojson', bytes: fixtureBytes('good.geojson') });
    const polygon = result.layer?.features[1]?.geometry as Polygon;
    const ring = polygon.coordinates[0] ?? [];
    let twiceArea = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
      twiceArea += x1 * y2 - x2 * y1;
    }
    expect(twiceArea).toBeGreaterThan(0);
  });

  it('reads a GBK (GB18030) CSV as written by Chinese spreadsheet programs', () => {
    const result = importTextFile({ name: 'gbk.csv', bytes: fixtureBytes('gbk.csv') });
    expect(result.encoding).toBe('gb18030');
    expect(result.errors).toEqual([]);
    expect(result.layer?.features[0]?.properties).toMatchObject({ 名称: '天府新区', 类别: '国家级新区' });
  });

  it('reads a UTF-8 CSV with a byte-order mark without garbling the first header', () => {
    const result = importTextFile({ name: 'utf8-bom.csv', bytes: fixtureBytes('utf8-bom.csv') });
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.layer?.features.map((f) => f.id)).toEqual(['B-1', 'B-2']);
    expect(Object.keys(result.layer?.features[0]?.properties ?? {})).toEqual(['id', 'name', 'lon', 'lat']);
  });

  it('finds coordinates under 经度/纬度 headers', () => {
    const result = importTextFile({ name: 'chinese-headers.csv', bytes: fixtureBytes('chinese-headers.csv') });
    expect(result.errors).toEqual([]);
    expect((result.layer?.features[1]?.geometry as Point).coordinates).toEqual([106.6, 29.7]);
    expect(result.layer?.features[1]?.id).toBe('C-2');
  });

  it('accepts coordinates written as text, with a warning for each', () => {
    const result = importTextFile({ name: 'string-numbers.geojson', bytes: fixtureBytes('string-numbers.geojson') });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'string-numbers.geojson: feature 0: longitude of "geometry" is text ("106.55"), read as the number 106.55',
      'string-numbers.geojson: feature 0: latitude of "geometry" is text (" 29.56"), read as the number 29.56',
    ]);
    expect((result.layer?.features[0]?.geometry as Point).coordinates).toEqual([106.55, 29.56]);
  });
});

describe('importTextFile: offered fixes', () => {
  it('explains swapped longitude and latitude and swaps them when asked', () => {
    const bytes = fixtureBytes('swapped.geojson');
    const result = importTextFile({ name: 'swapped.geojson', bytes });
    expect(result.errors[0]?.message).toBe(
      'swapped.geojson: feature 0 (id S-1): coordinates of "geometry" such as [30.67, 104.07] lie outside the region ' +
        '(lon 97–111, lat 26–33.5), but inside it with longitude and latitude swapped; the "swap" fix exchanges them',
    );
    expect(result.fixes).toEqual([{ kind: 'swap', featureIndexes: [0, 1] }]);
    expect(result.layer).toBeUndefined();

    const fixed = importTextFile({ name: 'swapped.geojson', bytes }, { fixes: ['swap'] });
    expect(fixed.errors).toEqual([]);
    expect((fixed.layer?.features[0]?.geometry as Point).coordinates).toEqual([104.07, 30.67]);
  });

  it('recognises Web Mercator metres and converts them into the region when asked', () => {
    const bytes = fixtureBytes('web-mercator.geojson');
    const result = importTextFile({ name: 'web-mercator.geojson', bytes });
    expect(result.errors[0]?.message).toBe(
      'web-mercator.geojson: feature 0: coordinates of "geometry" such as [11585215.2, 3590237.9] look like ' +
        'Web Mercator metres (EPSG:3857), not degrees; the "fromWebMercator" fix converts them',
    );
    expect(result.fixes.map((f) => f.kind)).toEqual(['fromWebMercator']);

    const fixed = importTextFile({ name: 'web-mercator.geojson', bytes }, { fixes: ['fromWebMercator'] });
    expect(fixed.errors).toEqual([]);
    const [lon = 0, lat = 0] = (fixed.layer?.features[0]?.geometry as Point).coordinates;
    // Chengdu's centre is at about 104.07°E 30.67°N
    expect(lon).toBeCloseTo(104.07, 2);
    expect(lat).toBeCloseTo(30.67, 2);
    const ring = (fixed.layer?.features[1]?.geometry as Polygon).coordinates[0] ?? [];
    expect(ring.every(([x = 0, y = 0]) => isInRegion(x, y))).toBe(true);
  });

  it('rejects coordinates far from the region without offering a fix', () => {
    const fc = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [116.4, 39.9] } };
    const result = importTextFile({ name: 'beijing.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) });
    expect(result.errors.map((e) => e.message)).toEqual([
      'beijing.geojson: feature 0: coordinates of "geometry" such as [116.4, 39.9] lie outside the region (lon 97–111, lat 26–33.5)',
    ]);
    expect(result.fixes).toEqual([]);
  });

  it('warns, but imports, a line that leaves the region', () => {
    const geometry = { type: 'LineString', coordinates: [[106.55, 29.56], [108.94, 34.34]] };
    const result = importTextFile({ name: 'to-xian.geojson', bytes: new TextEncoder().encode(JSON.stringify(geometry)) });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'to-xian.geojson: geometry: some coordinates of "geometry" lie outside the region (lon 97–111, lat 26–33.5)',
    ]);
    expect(result.layer?.count).toBe(1);
  });
});

describe('importTextFile: inputs are never changed', () => {
  it('leaves the bytes and the parsed source alone while swapping and rewinding', () => {
    const bytes = fixtureBytes('swapped.geojson');
    const copy = bytes.slice();
    importTextFile({ name: 'swapped.geojson', bytes }, { fixes: ['swap'] });
    expect(bytes).toEqual(copy);
  });

  it('leaves a parsed GeoJSON object alone while swapping, closing and rewinding', () => {
    const source = {
      type: 'FeatureCollection',
      features: [
        // clockwise, unclosed and swapped: every fix and the rewind touch this ring
        { type: 'Feature', properties: { tags: ['a'] }, geometry: { type: 'Polygon', coordinates: [[[29.6, 106.5], [29.8, 106.5], [29.8, 106.7], [29.6, 106.7]]] } },
      ],
    };
    const before = structuredClone(source);
    const parsed = parseGeoJsonValue('p.geojson', source);
    const record = parsed.records[0];
    if (!record) throw new Error('no record');
    const outcome = validateRecord('p.geojson', record, new Set(['swap', 'closeRings'] as const));
    expect(outcome.errors).toEqual([]);
    expect(outcome.feature?.geometry.type).toBe('Polygon');
    expect(source).toEqual(before);
    expect(outcome.feature?.properties).not.toBe(source.features[0]?.properties);
  });
});

describe('empty polygons', () => {
  it('reports a polygon without rings, at any depth, instead of failing inside the winding fix', () => {
    const feature = (geometry: string) => new TextEncoder().encode(`{"type":"Feature","properties":{},"geometry":${geometry}}`);
    expect(importTextFile({ name: 'empty.geojson', bytes: feature('{"type":"Polygon","coordinates":[]}') }).errors.map((e) => e.message)).toEqual([
      'empty.geojson: feature 0: "geometry" has no rings; a polygon needs at least its outer ring',
    ]);
    expect(importTextFile({ name: 'empty.geojson', bytes: feature('{"type":"MultiPolygon","coordinates":[[]]}') }).errors.map((e) => e.message)).toEqual([
      'empty.geojson: feature 0: polygon 0 of "geometry" has no rings; a polygon needs at least its outer ring',
    ]);
  });
});
