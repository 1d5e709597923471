// The import worker's memory of one file between the page's requests. The mapping step's first read
// sends the file's bytes; a re-read with another sheet or header row and the planner's confirmation
// send only their choices. What was read of the bytes (a workbook unzipped and its sheets parsed, a
// CSV's text and grid) is kept, and a confirmation that changes nothing the preview used takes the
// preview's result as it is. The page frees all of it by terminating the worker (import-client.ts).
import type { FixKind, ImportResult, TablePreview } from './import-result.ts';
import { createReadCache, type ReadCache } from './read-cache.ts';
import type { AnyFileOptions } from './import-any-file.ts';
import { handleImportRequest, type ImportChoices, type ImportRequest, type ImportWorkerMessage } from './worker-protocol.ts';

type RunImport = (input: { name: string; bytes: ArrayBuffer }, options: AnyFileOptions) => ImportResult | Promise<ImportResult>;

export interface WorkerSession {
  /** runs one request (requests come one at a time: the page ends the worker to drop one still running) */
  handle(request: ImportRequest, post: (message: ImportWorkerMessage) => void): Promise<void>;
}

/** What decides a table's import: the same key, the same result. */
function choicesKey(sheet: string | undefined, headerRow: number, roles: readonly string[], choices: ImportChoices, fixes: readonly FixKind[] | undefined): string {
  const placeFixes = Object.entries(choices.placeFixes ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([sheet ?? null, headerRow, roles, choices.crs ?? 'wgs84', placeFixes, [...(fixes ?? [])].sort()]);
}

/** The key of what a preview read: its choices with the sheet, header row and column roles it found. */
function previewKey(table: TablePreview, choices: ImportChoices, fixes: readonly FixKind[] | undefined): string {
  return choicesKey(table.sheet, table.headerRow, table.headers.map((header) => table.mapping[header] ?? 'text'), choices, fixes);
}

/**
 * The key of a later request over the same table, or undefined when it leaves a part to be guessed
 * (sheet, header row or columns): the mapping step always names them all.
 */
function requestKey(table: TablePreview, choices: ImportChoices, fixes: readonly FixKind[] | undefined): string | undefined {
  const { columns, headerRow } = choices;
  if (!columns || headerRow === undefined || (choices.sheet === undefined && table.sheet !== undefined)) return undefined;
  return choicesKey(choices.sheet, headerRow, table.headers.map((header) => columns[header] ?? ''), choices, fixes);
}

export function createWorkerSession(runImport: RunImport, createCache: () => ReadCache = createReadCache): WorkerSession {
  let file: { name: string; bytes: ArrayBuffer } | undefined;
  let reads = createCache();
  let preview: { key: string; table: TablePreview; result: ImportResult } | undefined;
  return {
    async handle(request, post) {
      if (request.bytes) {
        file = { name: request.name, bytes: request.bytes };
        reads = createCache();
        preview = undefined;
      }
      if (!file || file.name !== request.name) {
        post({ type: 'failure', message: `${request.name}: the import worker does not hold this file`, detail: 'no file' });
        return;
      }
      const held = file;
      const cache = reads;
      await handleImportRequest({ ...request, bytes: held.bytes }, post, async (input, options) => {
        const choices = request.choices ?? {};
        if (!request.preview && preview && requestKey(preview.table, choices, request.fixes) === preview.key) return preview.result;
        const result = await runImport(input, { ...options, reads: cache });
        if (request.preview && result.table && file === held) preview = { key: previewKey(result.table, choices, request.fixes), table: result.table, result };
        return result;
      });
    },
  };
}
