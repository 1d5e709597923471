// Default title and subtitle of an export: what is shown (count of visible projects) and which
// filters made it so, in the export's language(s).
import type { ExportLang } from '../export/export-input';
import { pickLabel } from '../export/export-input';
import { translate } from '../i18n/translate';

export interface ShownSummary {
  /** visible features */
  count: number;
  /** total features in the dataset */
  total: number;
  /** a line describing the active filters per language; null when nothing is filtered */
  filters: { zh: string; en: string } | null;
}

export function defaultTitle(lang: ExportLang, summary: ShownSummary): string {
  const zh = translate('zh', 'export.defaultTitle', { count: summary.count });
  const en = translate('en', 'export.defaultTitle', { count: summary.count });
  return pickLabel(lang, zh, en);
}

export function defaultSubtitle(lang: ExportLang, summary: ShownSummary): string {
  if (summary.filters) return pickLabel(lang, summary.filters.zh, summary.filters.en);
  const zh = translate('zh', 'export.allShown', { total: summary.total });
  const en = translate('en', 'export.allShown', { total: summary.total });
  return pickLabel(lang, zh, en);
}
