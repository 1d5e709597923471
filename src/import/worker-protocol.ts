// Messages between the page and the import worker.
import type { FixKind, ImportOptions, ImportProgress, ImportResult } from './import-result.ts';
import type { AnyFileOptions } from './import-any-file.ts';
import type { DivisionList } from './divisions.ts';

export interface ImportRequest {
  type: 'import';
  name: string;
  bytes: ArrayBuffer;
  fixes?: FixKind[];
  /** the planner's choices from the mapping step (sheet, header row, columns, coordinate system) */
  choices?: ImportChoices;
  /** absolute URL of the division list (data/divisions.json), for placing rows by place name */
  divisionsUrl?: string;
}

/** What the planner can set before (re-)importing a file. */
export type ImportChoices = Pick<ImportOptions, 'crs' | 'sheet' | 'headerRow' | 'columns' | 'placeFixes'>;

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  /** an unexpected failure inside the worker (a bug, not bad data: bad data gives a result with errors) */
  | { type: 'failure'; message: string; detail?: string };

/** Runs one request, posting progress and then exactly one result or failure. */
export async function handleImportRequest(
  request: ImportRequest,
  post: (message: ImportWorkerMessage) => void,
  runImport: (input: { name: string; bytes: ArrayBuffer }, options: AnyFileOptions) => ImportResult | Promise<ImportResult>,
): Promise<void> {
  try {
    const { divisionsUrl } = request;
    const options: AnyFileOptions = {
      ...(request.choices ?? {}),
      fixes: request.fixes ?? [],
      onProgress: (progress) => post({ type: 'progress', progress }),
    };
    if (divisionsUrl) options.loadDivisions = () => fetch(divisionsUrl).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<DivisionList>;
    });
    const result = await runImport({ name: request.name, bytes: request.bytes }, options);
    post({ type: 'result', result });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failure', message: `${request.name}: the import failed unexpectedly (${detail})`, detail });
  }
}
