// One CSV cell, written safely: RFC 4180 quoting plus the OWASP guard against formula injection.

// A spreadsheet treats a cell beginning with one of these as a formula (tab and carriage return
// can hide such a start), so text cells get a leading single quote; see OWASP "CSV Injection".
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet will show as text, never evaluate. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, double quote, CR or LF is quoted, with inner quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CellValue = string | number | null;

/**
 * Numbers are written as numbers (a negative coordinate must stay a number, so numbers are not
 * guarded); text is guarded then quoted; null is an empty cell, the usual CSV spelling of missing.
 */
export function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quoteField(guardFormula(value));
}

/** Joins rows with CRLF, as RFC 4180 specifies, ending with a line break. */
export function csvLines(rows: readonly (readonly CellValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
