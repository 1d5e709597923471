// Every entry point to importing reads every supported format: importAnyFile (what the worker runs)
// and the worker's request handler given the bytes as the page sends them (an ArrayBuffer).
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import * as api from '../../src/import/index.ts';
import { handleImportRequest, type ImportWorkerMessage } from '../../src/import/worker-protocol.ts';
import { createResultAssembler } from '../../src/import/result-slices.ts';
import type { ImportResult } from '../../src/import/import-result.ts';
import { fixtureBytes } from './fixtures.ts';

// file → the format the report names, and how many features a planner would see on the map
const SUPPORTED: readonly [string, string, number][] = [
  ['good.geojson', 'geojson', 3],
  ['topology.topojson', 'topojson', 2],
  ['chinese-headers.csv', 'csv', 2],
  ['gbk.csv', 'csv', 2],
  ['projects-title-row.xlsx', 'xlsx', 4],
  ['greenway.kml', 'kml', 3],
  ['greenway.kmz', 'kmz', 3],
  ['ride.gpx', 'gpx', 2],
  ['districts-wgs84.zip', 'shapefile', 2],
  ['datav-510100-list.json', 'geojson', 2],
  ['echarts-chongqing-part.json', 'geojson', 2],
];

async function viaWorker(name: string): Promise<ImportResult> {
  const bytes = fixtureBytes(name);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const messages: ImportWorkerMessage[] = [];
  await handleImportRequest({ type: 'import', name, bytes: buffer }, (message) => messages.push(message), importAnyFile);
  const last = messages.at(-1);
  if (last?.type !== 'result') throw new Error(`${name}: the worker posted ${JSON.stringify(last)}`);
  // the features come before the result, in slices, as the page receives them
  const assembler = createResultAssembler();
  for (const message of messages) if (message.type === 'features') assembler.addSlice(message.features);
  return assembler.finish(last.result);
}

describe('every entry point reads every supported format', () => {
  it('offers the page one way to import, through the worker that reads them all (importAnyFile)', () => {
    expect(Object.keys(api)).toContain('openImportSession');
    expect(Object.keys(api)).not.toContain('importAnyFile');
    expect(Object.keys(api)).not.toContain('importFile');
    expect(Object.keys(api)).not.toContain('importTextFile');
  });

  for (const [file, format, atLeast] of SUPPORTED) {
    it(`reads ${file} directly and through the worker`, async () => {
      for (const result of [await importAnyFile({ name: file, bytes: fixtureBytes(file) }), await viaWorker(file)]) {
        // the xlsx fixture has one row without coordinates, on purpose: the rest still import
        expect(result.format).toBe(format);
        expect(result.goodFeatures.length).toBeGreaterThanOrEqual(atLeast);
      }
    });
  }
});

describe('a large Excel workbook', () => {
  it('is refused before it is read, with its size and the advice to save it as CSV, and nothing imported', async () => {
    const { MAX_XLSX_BYTES } = await import('../../src/import/limits.ts');
    const workbook = fixtureBytes('projects-title-row.xlsx');
    // the real workbook, padded past the limit (a zip reader ignores bytes after its end record)
    const large = new Uint8Array(MAX_XLSX_BYTES + 1);
    large.set(workbook);
    const result = await importAnyFile({ name: '项目清单.xlsx', bytes: large });
    expect(result.goodFeatures).toEqual([]);
    expect(result.errors.map((problem) => [problem.code, problem.params])).toEqual([['xlsx-too-large', { size: '12.0 MB', max: '12.0 MB' }]]);
  });

  it('of up to the limit is read as before', async () => {
    const result = await importAnyFile({ name: '项目清单.xlsx', bytes: fixtureBytes('projects-title-row.xlsx') });
    expect(result.errors.map((problem) => problem.code)).not.toContain('xlsx-too-large');
    expect(result.format).toBe('xlsx');
    expect(result.goodFeatures.length).toBeGreaterThanOrEqual(4);
  });
});
