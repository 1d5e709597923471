// What the UI uses from the import modules.
export { openImportSession, ImportCancelledError, type ImportSession } from './import-client.ts';
export { acceptWithoutBadFeatures, type ImportResult, type FixKind } from './import-result.ts';
export type { Problem } from './problems.ts';
