// Why an import could not run at all, apart from the parsers so the page can word it without
// loading the importer.

export type ImportFailureCode = 'worker' | 'read' | 'unexpected';

/** The import could not run (not bad data: that gives a result with problems); `detail` is the browser's own wording. */
export class ImportFailedError extends Error {
  override name = 'ImportFailedError';
  constructor(readonly file: string, readonly code: ImportFailureCode, readonly detail: string) {
    super(`${file}: ${ENGLISH_FAILURES[code]}${detail ? ` (${detail})` : ''}`);
  }
}

const ENGLISH_FAILURES: Record<ImportFailureCode, string> = {
  worker: 'the import worker failed',
  read: 'the file could not be read',
  unexpected: 'the import failed unexpectedly',
};
