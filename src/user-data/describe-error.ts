// Words a failure the planner should read (a refused layer edit, an import that could not run, a
// full browser store) in their language. Errors from elsewhere keep their own wording, which is
// better than hiding them.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import { LayerStoreError, type LayerStoreErrorCode } from '../import/layer-store.ts';
import { ImportFailedError, type ImportFailureCode } from '../import/import-failure.ts';

const STORE_KEYS: Record<LayerStoreErrorCode, StringKey> = {
  'layer-missing': 'mydata.error.layerMissing',
  'no-features': 'mydata.error.noFeatures',
  'name-empty': 'mydata.error.nameEmpty',
  'name-too-long': 'mydata.error.nameTooLong',
  'colour-invalid': 'mydata.error.colourInvalid',
  'column-invalid': 'sizeBy.columnInvalid',
};

const IMPORT_KEYS: Record<ImportFailureCode, StringKey> = {
  worker: 'mydata.error.worker',
  read: 'mydata.error.read',
  unexpected: 'mydata.error.unexpected',
};

export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof LayerStoreError) return translate(lang, STORE_KEYS[error.code], error.params);
  if (error instanceof ImportFailedError) return translate(lang, IMPORT_KEYS[error.code], { detail: error.detail || '—' });
  // IndexedDB reports a full disk as a DOMException named QuotaExceededError.
  if (error instanceof Error && error.name === 'QuotaExceededError') return translate(lang, 'mydata.error.storageFull');
  return error instanceof Error ? error.message : String(error);
}
