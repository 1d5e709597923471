// Property tests of the importer: whatever bytes arrive under whatever name, importTextFile answers (it
// never throws) with either a layer or problems, and every problem names the file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importTextFile } from '../../src/import/import-file.ts';
import { formatProblem } from '../../src/import/format-problem.ts';
import type { ImportResult } from '../../src/import/import-result.ts';
import { importProblemsZh } from '../../src/i18n/tables/import-problems.ts';

const RUNS = { numRuns: 400 };
const encoder = new TextEncoder();

const fileName = fc
  .tuple(fc.oneof(fc.constantFrom('parks', '园区', 'a b', '.hidden', ''), fc.string({ maxLength: 12 })), fc.constantFrom('.geojson', '.json', '.topojson', '.csv', '.txt', '.tsv', '', '.png', '.zip', '.GEOJSON'))
  .map(([stem, extension]) => stem + extension);

const coordinate = fc.oneof(fc.double(), fc.integer({ min: -200, max: 200 }), fc.constantFrom('104.1', 'abc', '', null, true), fc.double({ min: 97, max: 111, noNaN: true }));
const position = fc.array(coordinate, { minLength: 0, maxLength: 4 });
const geometry = fc.oneof(
  fc.record({ type: fc.constantFrom('Point', 'point', 'Pointt'), coordinates: position }),
  fc.record({ type: fc.constantFrom('LineString', 'MultiPoint'), coordinates: fc.array(position, { maxLength: 5 }) }),
  fc.record({ type: fc.constantFrom('Polygon', 'MultiLineString'), coordinates: fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(fc.record({ type: fc.constant('Point'), coordinates: position }), { maxLength: 3 }) }),
  fc.constantFrom(null, 'x', 7, [], {}),
);
const feature = fc.oneof(
  fc.record({ type: fc.constantFrom('Feature', 'feature'), id: fc.option(fc.oneof(fc.string(), fc.integer())), properties: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.constant(null)), geometry }),
  fc.jsonValue(),
);
const geojsonText = fc
  .oneof(
    fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 8 }) }),
    feature,
    fc.record({ type: fc.constant('Topology'), objects: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue()), arcs: fc.jsonValue(), transform: fc.jsonValue() }),
  )
  .map((value) => JSON.stringify(value));
const csvText = fc
  .tuple(
    fc.constantFrom('name,lon,lat', 'name,经度,纬度', 'id;x;y', 'wkt,name', 'a\tb', '"q,"', ''),
    fc.array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), coordinate.map(String), fc.constantFrom('POINT(104 30)', 'LINESTRING(104 30, 105', '"', '\r')), { maxLength: 4 }), { maxLength: 8 }),
  )
  .map(([header, rows]) => [header, ...rows.map((row) => row.join(','))].join('\n'));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.oneof(geojsonText, csvText, fc.string({ unit: 'binary', maxLength: 200 })).map((text) => encoder.encode(text)),
  // A valid start cut off anywhere: truncated downloads.
  geojsonText.chain((text) => fc.nat({ max: text.length }).map((end) => encoder.encode(text.slice(0, end)))),
  // Text files in other encodings and with byte-order marks.
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => new Uint8Array([...bom, ...rest])),
);

function checkAnswer(name: string, data: Uint8Array, result: ImportResult): void {
  const input = `${name} ${new TextDecoder().decode(data)}`;
  expect(result.file).toBe(name);
  if (result.layer) {
    expect(result.errors).toEqual([]);
    expect(result.layer.count).toBe(result.layer.features.length);
    expect(result.layer.count).toBeGreaterThan(0);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
  }
  for (const problem of [...result.errors, ...result.warnings]) {
    expect(problem.file).toBe(name);
    expect(problem.message.startsWith(`${name}: `)).toBe(true);
    // Worded in Chinese too, every placeholder of the wording filled (unless the file itself holds
    // that text: a column may well be called "{found}").
    const zh = formatProblem(problem, 'zh');
    expect(zh.startsWith(`${name}：`)).toBe(true);
    for (const [placeholder] of importProblemsZh[`import.problem.${problem.code}`].matchAll(/\{\w+\}/g)) {
      if (!input.includes(placeholder)) expect(zh).not.toContain(placeholder);
    }
  }
}

describe('importTextFile properties', () => {
  it('answers any bytes under any name with a layer or problems naming the file, never a throw', () => {
    fc.assert(
      fc.property(fileName, bytes, (name, data) => {
        checkAnswer(name, data, importTextFile({ name, bytes: data }));
      }),
      RUNS,
    );
  });

  it('answers the same when every offered fix is accepted', () => {
    fc.assert(
      fc.property(fileName, bytes, (name, data) => {
        const first = importTextFile({ name, bytes: data });
        const fixes = first.fixes.map((fix) => fix.kind);
        checkAnswer(name, data, importTextFile({ name, bytes: data }, { fixes }));
      }),
      RUNS,
    );
  });
});
