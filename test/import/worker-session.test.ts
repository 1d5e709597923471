// The import worker keeps one file between the mapping step's preview and the confirmed import: the
// workbook is unzipped and parsed once, a CSV decoded and split once, and a confirmation that keeps
// what the preview found gives the same layer a fresh import gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import type { ImportOptions, ImportResult, TablePreview } from '../../src/import/import-result.ts';
import { indexDivisions, type DivisionList } from '../../src/import/divisions.ts';
import { createReadCache, type ReadCache } from '../../src/import/read-cache.ts';
import { createResultAssembler } from '../../src/import/result-slices.ts';
import { createWorkerSession } from '../../src/import/worker-session.ts';
import type { ImportChoices, ImportRequest, ImportWorkerMessage } from '../../src/import/worker-protocol.ts';
import { fixtureBytes } from './fixtures.ts';

const divisions = indexDivisions(JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList);

/** A session over the real importer, counting what it reads of the file (by what is read) and how often it imports. */
function countingSession() {
  const reads = new Map<string, number>();
  let imports = 0;
  const createCache = (): ReadCache => {
    const cache = createReadCache();
    return {
      once: (key, read) => cache.once(key, () => {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return read();
      }),
    };
  };
  const session = createWorkerSession((input, options) => {
    imports += 1;
    return importAnyFile(input, { ...options, divisions });
  }, createCache);
  /** what the page receives for one request: the result with its features put back */
  const ask = async (request: Omit<ImportRequest, 'type'>): Promise<ImportResult> => {
    const messages: ImportWorkerMessage[] = [];
    await session.handle({ type: 'import', ...request }, (message) => messages.push(message));
    const last = messages.at(-1);
    if (last?.type !== 'result') throw new Error(`the worker posted ${JSON.stringify(last)}`);
    const assembler = createResultAssembler();
    for (const message of messages) if (message.type === 'features') assembler.addSlice(message.features);
    return assembler.finish(last.result);
  };
  return { ask, reads, imports: () => imports };
}

function bufferOf(name: string): ArrayBuffer {
  return fixtureBytes(name).slice().buffer as ArrayBuffer;
}

/** What the mapping step sends on Import: the sheet and header row it shows and every column's role. */
function confirmedChoices(table: TablePreview, change: ImportChoices = {}): ImportChoices {
  const columns = Object.fromEntries(table.headers.map((header) => [header, table.mapping[header] ?? 'text']));
  return { ...(table.sheet === undefined ? {} : { sheet: table.sheet }), headerRow: table.headerRow, columns, crs: 'wgs84', ...change };
}

/** A fresh import in a worker of its own, as before the worker kept the file. */
function freshImport(name: string, fixture: string, options: ImportOptions): Promise<ImportResult> {
  return importAnyFile({ name, bytes: fixtureBytes(fixture) }, { ...options, divisions });
}

const positions = (result: ImportResult) => result.layer?.features.map((feature) => JSON.stringify(feature.geometry));

describe('the import worker keeps the file between the preview and the confirmed import', () => {
  it('reads a workbook once for the preview, another sheet and the import, and imports what a fresh read imports', async () => {
    const worker = countingSession();
    const preview = await worker.ask({ name: 'projects.xlsx', bytes: bufferOf('projects-title-row.xlsx'), preview: true });
    expect(preview.table?.sheet).toBe('重点项目');
    expect(preview.featuresLeftOut).toBe(true);
    const other = await worker.ask({ name: 'projects.xlsx', preview: true, choices: { crs: 'wgs84', sheet: '分区县' } });
    expect(other.table?.sheet).toBe('分区县');
    expect(other.placement?.county).toBe(3);
    const choices = confirmedChoices(other.table!);
    const imported = await worker.ask({ name: 'projects.xlsx', choices, fixes: [] });
    expect(imported.layer?.count).toBe(4);
    expect(worker.reads.get('xlsx-sheets')).toBe(1);
    const fresh = await freshImport('projects.xlsx', 'projects-title-row.xlsx', choices);
    expect(imported.layer?.features).toEqual(fresh.layer?.features);
    expect(imported.errors).toEqual(fresh.errors);
    expect(imported.warnings).toEqual(fresh.warnings);
  });

  it('takes the preview’s result when the planner imports without changing anything, and imports again when they change the coordinate system', async () => {
    const worker = countingSession();
    const preview = await worker.ask({ name: 'gcj02-points.csv', bytes: bufferOf('gcj02-points.csv'), preview: true });
    expect(worker.imports()).toBe(1);
    const unchanged = await worker.ask({ name: 'gcj02-points.csv', choices: confirmedChoices(preview.table!), fixes: [] });
    expect(worker.imports()).toBe(1);
    const fresh = await freshImport('gcj02-points.csv', 'gcj02-points.csv', confirmedChoices(preview.table!));
    expect(unchanged.layer?.features).toEqual(fresh.layer?.features);
    expect(unchanged.layer?.count).toBeGreaterThan(0);

    const shifted = await worker.ask({ name: 'gcj02-points.csv', choices: confirmedChoices(preview.table!, { crs: 'gcj02' }), fixes: [] });
    expect(worker.imports()).toBe(2);
    expect(positions(shifted)).toEqual(positions(await freshImport('gcj02-points.csv', 'gcj02-points.csv', confirmedChoices(preview.table!, { crs: 'gcj02' }))));
    expect(positions(shifted)).not.toEqual(positions(unchanged));
    // the text was decoded and split into cells once for the three
    expect(worker.reads.get('text')).toBe(1);
    expect(worker.reads.get('csv-grid')).toBe(1);
  });

  it('imports again when a column’s role changes: a column set to be ignored is left out', async () => {
    const worker = countingSession();
    const preview = await worker.ask({ name: 'projects.xlsx', bytes: bufferOf('projects-title-row.xlsx'), preview: true });
    const choices = confirmedChoices(preview.table!);
    const imported = await worker.ask({ name: 'projects.xlsx', choices: { ...choices, columns: { ...choices.columns, '总投资（亿元）': 'ignore' } }, fixes: [] });
    expect(worker.imports()).toBe(2);
    expect(worker.reads.get('xlsx-sheets')).toBe(1);
    // the sheet has one row without coordinates, on purpose: the good rows are the ones offered
    const investment = (result: ImportResult) => result.goodFeatures.map((feature) => typeof feature.properties?.['总投资（亿元）']);
    expect(preview.table?.mapping['总投资（亿元）']).toBe('value');
    expect(investment(await freshImport('projects.xlsx', 'projects-title-row.xlsx', choices))).toContain('number');
    expect(investment(imported)).toEqual(imported.goodFeatures.map(() => 'undefined'));
    expect(imported.goodFeatures.length).toBeGreaterThan(0);
  });

  it('gives a broken workbook the same message on every read, reading it once', async () => {
    const worker = countingSession();
    // a workbook cut short: its zip directory is gone
    const bytes = fixtureBytes('projects-title-row.xlsx');
    const broken = bytes.slice(0, Math.floor(bytes.byteLength / 2)).buffer as ArrayBuffer;
    const first = await worker.ask({ name: 'broken.xlsx', bytes: broken, preview: true });
    const again = await worker.ask({ name: 'broken.xlsx', choices: { sheet: 'Sheet1', headerRow: 1, columns: {} }, fixes: [] });
    expect(first.errors.map((problem) => problem.message)).toHaveLength(1);
    expect(first.errors[0]?.message).toContain('broken.xlsx');
    expect(again.errors).toEqual(first.errors);
    expect(worker.reads.get('xlsx-sheets')).toBe(1);
  });

  it('reads new bytes afresh and refuses a request for a file it does not hold', async () => {
    const worker = countingSession();
    await expect(worker.ask({ name: 'projects.xlsx', preview: true })).rejects.toThrow('projects.xlsx: the import worker does not hold this file');
    await worker.ask({ name: 'projects.xlsx', bytes: bufferOf('projects-title-row.xlsx'), preview: true });
    await worker.ask({ name: 'projects.xlsx', bytes: bufferOf('projects-title-row.xlsx'), preview: true });
    expect(worker.reads.get('xlsx-sheets')).toBe(2);
    await expect(worker.ask({ name: 'other.xlsx', preview: true })).rejects.toThrow('other.xlsx: the import worker does not hold this file');
  });
});
