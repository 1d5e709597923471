// Messages between the page and the import worker.
import type { FixKind, ImportProgress, ImportResult } from './import-result.ts';

export interface ImportRequest {
  type: 'import';
  name: string;
  bytes: ArrayBuffer;
  fixes?: FixKind[];
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  /** an unexpected failure inside the worker (a bug, not bad data: bad data gives a result with errors) */
  | { type: 'failure'; message: string; detail?: string };

/** Runs one request, posting progress and then exactly one result or failure. */
export function handleImportRequest(
  request: ImportRequest,
  post: (message: ImportWorkerMessage) => void,
  runImport: typeof import('./import-file.ts').importFile,
): void {
  try {
    const result = runImport(
      { name: request.name, bytes: request.bytes },
      { fixes: request.fixes ?? [], onProgress: (progress) => post({ type: 'progress', progress }) },
    );
    post({ type: 'result', result });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failure', message: `${request.name}: the import failed unexpectedly (${detail})`, detail });
  }
}
