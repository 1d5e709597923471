// The page's side of an import: checks the size before reading the file, runs the import in a
// worker, reports progress and can be cancelled (the worker is terminated, stopping the parse).
import { checkFileSize } from './import-file.ts';
import type { FixKind, ImportProgress, ImportResult } from './import-result.ts';
import type { ImportChoices, ImportRequest, ImportWorkerMessage } from './worker-protocol.ts';
import { ImportFailedError } from './import-failure.ts';
import { createResultAssembler } from './result-slices.ts';

export { ImportFailedError } from './import-failure.ts';

/** What the client needs of a browser File. */
export interface ImportFileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the client needs of a Worker (a fake one in unit tests). */
export interface ImportWorkerLike {
  onmessage: ((event: { data: ImportWorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface ImportJobOptions {
  fixes?: FixKind[];
  /** sheet, header row, column roles and coordinate system chosen by the planner */
  choices?: ImportChoices;
  /** where the worker fetches the division list from (absolute URL) */
  divisionsUrl?: string;
  /** a first read of a table for the mapping step: the worker keeps the features (ImportResult.featuresLeftOut) */
  preview?: boolean;
  /** also while the features arrive in slices: stage 'receiving', done = features received */
  onProgress?: (progress: ImportProgress) => void;
  createWorker?: () => ImportWorkerLike;
}

export interface ImportJob {
  /** resolves with the result (which may hold errors); rejects only when cancelled or the worker fails */
  result: Promise<ImportResult>;
  cancel(): void;
}

export class ImportCancelledError extends Error {
  constructor(file: string) {
    super(`${file}: import cancelled`);
    this.name = 'AbortError';
  }
}

function createModuleWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike;
}

export function startImport(file: ImportFileLike, options: ImportJobOptions = {}): ImportJob {
  let worker: ImportWorkerLike | undefined;
  let settled = false;
  let cancel: () => void = () => {};
  const result = new Promise<ImportResult>((resolve, reject) => {
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      action();
    };
    cancel = () => finish(() => reject(new ImportCancelledError(file.name)));

    const tooLarge = checkFileSize(file.name, file.size);
    if (tooLarge) {
      finish(() => resolve({ file: file.name, errors: [tooLarge], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 }));
      return;
    }
    file.arrayBuffer().then((bytes) => {
      if (settled) return;
      worker = (options.createWorker ?? createModuleWorker)();
      const assembler = createResultAssembler();
      let total = 0;
      worker.onmessage = ({ data }) => {
        if (data.type === 'progress') {
          total = data.progress.total;
          options.onProgress?.(data.progress);
        } else if (data.type === 'features') {
          assembler.addSlice(data.features);
          options.onProgress?.({ stage: 'receiving', done: assembler.received(), total });
        } else if (data.type === 'result') finish(() => resolve(assembler.finish(data.result)));
        else finish(() => reject(new ImportFailedError(file.name, 'unexpected', data.detail ?? data.message)));
      };
      worker.onerror = (event) => finish(() => reject(new ImportFailedError(file.name, 'worker', event.message ?? '')));
      const request: ImportRequest = { type: 'import', name: file.name, bytes, fixes: options.fixes ?? [] };
      if (options.choices) request.choices = options.choices;
      if (options.divisionsUrl) request.divisionsUrl = options.divisionsUrl;
      if (options.preview) request.preview = true;
      // Transferring the buffer hands it to the worker instead of copying up to 25 MB.
      worker.postMessage(request, [bytes]);
    }, (error: unknown) => finish(() => reject(new ImportFailedError(file.name, 'read', error instanceof Error ? error.message : String(error)))));
  });
  return { result, cancel: () => cancel() };
}
