// Messages between the page and the import worker.
import type { FixKind, ImportOptions, ImportProgress, ImportResult } from './import-result.ts';
import type { AnyFileOptions } from './import-any-file.ts';
import type { DivisionList } from './divisions.ts';
import type { Feature } from 'geojson';
import { sliceResult } from './result-slices.ts';

export interface ImportRequest {
  type: 'import';
  name: string;
  /** the file; left out when the worker already holds it (worker-session.ts) */
  bytes?: ArrayBuffer;
  fixes?: FixKind[];
  /** the planner's choices from the mapping step (sheet, header row, columns, coordinate system) */
  choices?: ImportChoices;
  /** absolute URL of the division list (data/divisions.json), for placing rows by place name */
  divisionsUrl?: string;
  /** a first read of a table for the mapping step: its features are not sent back */
  preview?: boolean;
}

/** What the planner can set before (re-)importing a file. */
export type ImportChoices = Pick<ImportOptions, 'crs' | 'sheet' | 'headerRow' | 'columns' | 'placeFixes'>;

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  /** the next slice of the result's features, sent before the result (result-slices.ts) */
  | { type: 'features'; features: Feature[] }
  | { type: 'result'; result: ImportResult }
  /** an unexpected failure inside the worker (a bug, not bad data: bad data gives a result with errors) */
  | { type: 'failure'; message: string; detail?: string };

/** Runs one request, posting progress, then the features in slices, then exactly one result; or a failure. */
export async function handleImportRequest(
  request: ImportRequest & { bytes: ArrayBuffer },
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
    const { head, slices } = sliceResult(await runImport({ name: request.name, bytes: request.bytes }, options), request.preview === true);
    for (const features of slices) post({ type: 'features', features });
    post({ type: 'result', result: head });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'failure', message: `${request.name}: the import failed unexpectedly (${detail})`, detail });
  }
}
