// The page's side of an import: checks the size before reading the file, runs the import in a
// worker, reports progress and can be cancelled (the worker is terminated, stopping the parse). A
// session keeps one file's worker between the mapping step's preview and the confirmed import.
import { checkFileSize } from './import-file.ts';
import type { FixKind, ImportProgress, ImportResult } from './import-result.ts';
import type { ImportChoices, ImportRequest, ImportWorkerMessage } from './worker-protocol.ts';
import { ImportFailedError } from './import-failure.ts';
import { createResultAssembler } from './result-slices.ts';

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
  /** a first read of a table for the mapping step: its features stay in the worker (ImportResult.featuresLeftOut) */
  preview?: boolean;
  /** also while the features arrive in slices: stage 'receiving', done = features received */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSessionOptions {
  createWorker?: () => ImportWorkerLike;
}

export interface ImportJob {
  /** resolves with the result (which may hold errors); rejects only when cancelled or the worker fails */
  result: Promise<ImportResult>;
  cancel(): void;
}

/**
 * One file's imports in one worker: the mapping step's preview, its re-reads and the confirmed import.
 * The worker keeps what it read of the file between them (worker-session.ts), so a workbook is
 * unzipped and parsed once. Only one import runs at a time: a new one drops the one still running.
 */
export interface ImportSession {
  run(options?: ImportJobOptions): ImportJob;
  /** cancels the import still running and ends the worker, freeing the file; a later run reads the file again */
  close(): void;
}

export class ImportCancelledError extends Error {
  /** `superseded`: dropped for a newer import of the same file, not cancelled by the planner */
  constructor(file: string, readonly superseded = false) {
    super(`${file}: import cancelled`);
    this.name = 'AbortError';
  }
}

function createModuleWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike;
}

export function openImportSession(file: ImportFileLike, sessionOptions: ImportSessionOptions = {}): ImportSession {
  /** the worker holding the file, between imports too */
  let worker: ImportWorkerLike | undefined;
  let running: ((superseded: boolean) => void) | undefined;
  const endWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  function run(options: ImportJobOptions = {}): ImportJob {
    running?.(true);
    let settled = false;
    let cancel: (superseded: boolean) => void = () => {};
    const result = new Promise<ImportResult>((resolve, reject) => {
      /** `keepWorker`: the worker answered and still holds the file for the next import */
      const finish = (action: () => void, keepWorker: boolean) => {
        if (settled) return;
        settled = true;
        if (running === cancel) running = undefined;
        if (!keepWorker) endWorker();
        else if (worker) worker.onmessage = worker.onerror = null;
        action();
      };
      // Ending the worker stops the parse at once; the next import reads the file again.
      cancel = (superseded) => finish(() => reject(new ImportCancelledError(file.name, superseded)), false);
      running = cancel;

      const tooLarge = checkFileSize(file.name, file.size);
      if (tooLarge) {
        finish(() => resolve({ file: file.name, errors: [tooLarge], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 }), true);
        return;
      }
      const send = (target: ImportWorkerLike, bytes?: ArrayBuffer) => {
        const assembler = createResultAssembler();
        let total = 0;
        target.onmessage = ({ data }) => {
          if (data.type === 'progress') {
            total = data.progress.total;
            options.onProgress?.(data.progress);
          } else if (data.type === 'features') {
            assembler.addSlice(data.features);
            options.onProgress?.({ stage: 'receiving', done: assembler.received(), total });
          } else if (data.type === 'result') finish(() => resolve(assembler.finish(data.result)), true);
          else finish(() => reject(new ImportFailedError(file.name, 'unexpected', data.detail ?? data.message)), false);
        };
        target.onerror = (event) => finish(() => reject(new ImportFailedError(file.name, 'worker', event.message ?? '')), false);
        const request: ImportRequest = { type: 'import', name: file.name, fixes: options.fixes ?? [] };
        if (bytes) request.bytes = bytes;
        if (options.choices) request.choices = options.choices;
        if (options.divisionsUrl) request.divisionsUrl = options.divisionsUrl;
        if (options.preview) request.preview = true;
        // Transferring the buffer hands it to the worker instead of copying up to 25 MB.
        target.postMessage(request, bytes ? [bytes] : []);
      };
      if (worker) {
        send(worker);
        return;
      }
      file.arrayBuffer().then((bytes) => {
        if (settled) return;
        worker = (sessionOptions.createWorker ?? createModuleWorker)();
        send(worker, bytes);
      }, (error: unknown) => finish(() => reject(new ImportFailedError(file.name, 'read', error instanceof Error ? error.message : String(error))), false));
    });
    return { result, cancel: () => cancel(false) };
  }

  return {
    run,
    close: () => {
      running?.(false);
      endWorker();
    },
  };
}
