// Why an export failed, as a code and values, so the dialog words it in the page's language (the
// words: export.error.* in i18n/tables/export.ts); its message is the English, for logs and the CLI.
import type { Lang } from '../types';
import type { Params } from '../i18n/fill';
import { translate } from '../i18n/translate';

export type ExportFailureCode = 'svg-not-drawn' | 'png-not-encoded' | 'no-canvas' | 'atlas-not-svg';

export class ExportFailure extends Error {
  override name = 'ExportFailure';

  constructor(readonly code: ExportFailureCode, readonly params: Params = {}) {
    super(translate('en', `export.error.${code}`, params));
  }
}

/** The reason shown after "Export failed:", in the page's language when the export knows it. */
export function exportFailureText(failure: unknown, lang: Lang): string {
  if (failure instanceof ExportFailure) return translate(lang, `export.error.${failure.code}`, failure.params);
  return failure instanceof Error ? failure.message : String(failure);
}
