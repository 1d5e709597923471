// The rows a table import could not place, as a CSV the planner can fix in Excel and import again:
// the spreadsheet row number, the row's own columns exactly as read, what did not match, why, and
// the nearest divisions. Pure (no DOM); the mapping step downloads it.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { csvLines, type CellValue } from '../download/csv-cell';
import type { UnmatchedRow } from '../import/placement-report.ts';
import type { CellValue as TableCell } from '../import/table.ts';

const BOM = '\ufeff';

function cell(value: TableCell | undefined): CellValue {
  if (value === undefined || value === null) return null;
  return typeof value === 'boolean' ? String(value) : value;
}

export function unmatchedRowsCsv(headers: readonly string[], rows: readonly UnmatchedRow[], lang: Lang): string {
  const head = [translate(lang, 'unmatched.csv.row'), ...headers, translate(lang, 'unmatched.csv.text'), translate(lang, 'unmatched.csv.reason'), translate(lang, 'unmatched.csv.nearest')];
  const body = [...rows].sort((a, b) => a.n - b.n).map((row): CellValue[] => [
    row.n,
    ...headers.map((_, i) => cell(row.cells[i])),
    row.text,
    translate(lang, `unmatched.reason.${row.reason}`),
    row.candidates.map((c) => translate(lang, 'unmatched.csv.candidate', { zh: c.name_zh, en: c.name_en })).join(translate(lang, 'words.joinSemicolon')),
  ]);
  // A byte-order mark so Excel opens the UTF-8 file with its Chinese intact.
  return BOM + csvLines([head, ...body]);
}
