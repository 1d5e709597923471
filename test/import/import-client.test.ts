import { describe, expect, it } from 'vitest';
import { ImportCancelledError, openImportSession, type ImportFileLike, type ImportJob, type ImportJobOptions, type ImportSessionOptions, type ImportWorkerLike } from '../../src/import/import-client.ts';
import { importAnyFile, type AnyFileOptions } from '../../src/import/import-any-file.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import type { ImportProgress, ImportResult } from '../../src/import/import-result.ts';
import type { ImportRequest } from '../../src/import/worker-protocol.ts';
import { createWorkerSession } from '../../src/import/worker-session.ts';
import { fixtureBytes } from './fixtures.ts';

/** Runs the real worker logic on a later tick, as a Worker would, one request after another. */
class FakeWorker implements ImportWorkerLike {
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  terminated = false;
  private readonly session;
  private readonly pending: ImportRequest[] = [];
  private busy = false;
  constructor(run: (input: { name: string; bytes: ArrayBuffer }, options: AnyFileOptions) => ImportResult | Promise<ImportResult> = importTextFile) {
    this.session = createWorkerSession(run);
  }
  postMessage(request: ImportRequest): void {
    this.pending.push(request);
    if (!this.busy) this.next();
  }
  private next(): void {
    const request = this.pending.shift();
    this.busy = request !== undefined;
    if (!request) return;
    setTimeout(() => {
      if (this.terminated) return;
      void this.session.handle(request, (message) => {
        if (!this.terminated) this.onmessage?.({ data: message });
      }).then(() => this.next());
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function fileOf(name: string, size?: number) {
  const bytes = fixtureBytes(name);
  let reads = 0;
  return {
    name,
    size: size ?? bytes.byteLength,
    arrayBuffer: async () => {
      reads += 1;
      return bytes.slice().buffer as ArrayBuffer;
    },
    reads: () => reads,
  };
}

/** One file imported in a session of its own, as the page imports a file it needs no preview of. */
function importOnce(file: ImportFileLike, options: ImportJobOptions & ImportSessionOptions): ImportJob {
  const session = openImportSession(file, options);
  const job = session.run(options);
  job.result.then(() => session.close(), () => session.close());
  return job;
}

describe('an import session', () => {
  it('resolves with the worker result and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const job = importOnce(fileOf('good.geojson'), { createWorker: () => new FakeWorker(), onProgress: (p) => progress.push(p) });
    const result = await job.result;
    expect(result.layer?.count).toBe(3);
    expect(progress.map((p) => p.stage)).toEqual(['decoding', 'parsing', 'done', 'receiving']);
    expect(progress.at(-1)).toEqual({ stage: 'receiving', done: 3, total: 3 });
  });

  it('passes the chosen fixes to the worker', async () => {
    const job = importOnce(fileOf('swapped.geojson'), { fixes: ['swap'], createWorker: () => new FakeWorker() });
    expect((await job.result).errors).toEqual([]);
  });

  it('rejects an oversized file without reading it or starting a worker', async () => {
    const file = fileOf('good.geojson', 30 * 1024 * 1024);
    let workers = 0;
    const result = await importOnce(file, { createWorker: () => (workers++, new FakeWorker()) }).result;
    expect(result.errors.map((e) => e.message)).toEqual(['good.geojson: is 30.0 MB; files larger than 25.0 MB cannot be imported']);
    expect(file.reads()).toBe(0);
    expect(workers).toBe(0);
  });

  it('stops the worker and rejects when cancelled', async () => {
    // a worker still busy with the file: it never answers
    const worker = new FakeWorker();
    let posted = false;
    worker.postMessage = () => {
      posted = true;
    };
    const job = importOnce(fileOf('good.geojson'), { createWorker: () => worker });
    await expect.poll(() => posted).toBe(true);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(ImportCancelledError);
    await expect(job.result).rejects.toThrow('good.geojson: import cancelled');
    expect(worker.terminated).toBe(true);
  });

  it('turns an unexpected failure in the worker into a rejection naming the file', async () => {
    const broken = (() => {
      throw new Error('out of memory');
    }) as typeof importTextFile;
    const job = importOnce(fileOf('good.geojson'), { createWorker: () => new FakeWorker(broken) });
    await expect(job.result).rejects.toThrow('good.geojson: the import failed unexpectedly (out of memory)');
  });
});

describe('an import session with a large file', () => {
  it('receives 5,000 features in slices of at most 2,000, each its own message, and reports them arriving', async () => {
    const features = Array.from({ length: 5_000 }, (_, i) => ({ type: 'Feature', properties: { n: i }, geometry: { type: 'Point', coordinates: [104 + (i % 100) / 100, 30] } }));
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
    const file = { name: 'many.geojson', size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
    const sizes: number[] = [];
    const progress: ImportProgress[] = [];
    class CountingWorker extends FakeWorker {
      override postMessage(request: ImportRequest): void {
        const deliver = this.onmessage;
        this.onmessage = (event) => {
          if (event.data.type === 'features') sizes.push(event.data.features.length);
          deliver?.(event);
        };
        super.postMessage(request);
      }
    }
    const result = await importOnce(file, { createWorker: () => new CountingWorker(), onProgress: (p) => progress.push(p) }).result;
    expect(sizes).toEqual([2_000, 2_000, 1_000]);
    expect(result.layer?.count).toBe(5_000);
    expect(result.layer?.features.map((f) => f.properties?.n)).toEqual(features.map((f) => f.properties.n));
    expect(progress.filter((p) => p.stage === 'receiving')).toEqual([
      { stage: 'receiving', done: 2_000, total: 5_000 },
      { stage: 'receiving', done: 4_000, total: 5_000 },
      { stage: 'receiving', done: 5_000, total: 5_000 },
    ]);
  }, 30_000);
});

describe('openImportSession: one file, one worker, from the mapping step to the import', () => {
  /** a session whose workers are counted, over a file whose reads are counted */
  function counted(name: string) {
    const file = fileOf(name);
    const workers: FakeWorker[] = [];
    const session = openImportSession(file, { createWorker: () => {
      const worker = new FakeWorker(importAnyFile);
      workers.push(worker);
      return worker;
    } });
    return { file, workers, session };
  }

  it('previews, re-reads another sheet and imports in one worker, reading the file once, and ends the worker when closed', async () => {
    const { file, workers, session } = counted('projects-title-row.xlsx');
    const preview = await session.run({ preview: true }).result;
    expect(preview.table?.sheets).toEqual(['重点项目', '分区县']);
    const other = await session.run({ preview: true, choices: { sheet: '分区县' } }).result;
    expect(other.table?.sheet).toBe('分区县');
    const table = other.table!;
    const columns = Object.fromEntries(table.headers.map((header) => [header, table.mapping[header] ?? 'text']));
    const imported = await session.run({ choices: { sheet: '分区县', headerRow: table.headerRow, columns, crs: 'wgs84' } }).result;
    // the confirmed import reads the chosen sheet's rows (here without the division list, so they are not placed)
    expect(other.featuresLeftOut).toBe(true);
    expect(imported.featuresLeftOut).toBeUndefined();
    expect(imported.table?.sheet).toBe('分区县');
    expect(imported.table?.rowCount).toBe(table.rowCount);
    expect(workers).toHaveLength(1);
    expect(file.reads()).toBe(1);
    expect(workers[0]?.terminated).toBe(false);
    session.close();
    expect(workers[0]?.terminated).toBe(true);
  });

  it('after Cancel, the worker is gone: the next import starts a new one and reads the file again', async () => {
    const { file, workers, session } = counted('chinese-headers.csv');
    await session.run({ preview: true }).result;
    const job = session.run({ preview: true, choices: { crs: 'gcj02' } });
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ superseded: false });
    expect(workers[0]?.terminated).toBe(true);
    const again = await session.run({ preview: true }).result;
    expect(again.table?.rowCount).toBeGreaterThan(0);
    expect(workers).toHaveLength(2);
    expect(file.reads()).toBe(2);
    session.close();
    expect(workers[1]?.terminated).toBe(true);
  });

  it('a new import drops the one still running (superseded, not cancelled by the planner), and answers itself', async () => {
    const { session } = counted('chinese-headers.csv');
    await session.run({ preview: true }).result;
    const first = session.run({ preview: true, choices: { headerRow: 1 } });
    const second = session.run({ preview: true, choices: { headerRow: 2 } });
    await expect(first.result).rejects.toBeInstanceOf(ImportCancelledError);
    await expect(first.result).rejects.toMatchObject({ superseded: true });
    expect((await second.result).table?.headerRow).toBe(2);
    session.close();
  });
});
