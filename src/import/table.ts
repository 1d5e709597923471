// The tabular model every spreadsheet-like file (CSV, TSV, XLSX) is read into before it becomes a
// layer or is joined to the map. Pure data: it crosses from the import worker to the page.

/** A cell as read: text, a number, a boolean, or null when empty. Dates are ISO text (yyyy-mm-dd). */
export type CellValue = string | number | boolean | null;

export interface TableRow {
  /** the row number a planner sees in Excel or a text editor (the first line of the file is 1) */
  n: number;
  /** one value per header, in header order */
  cells: CellValue[];
}

export interface Table {
  file: string;
  /** the worksheet's name (XLSX only) */
  sheet?: string;
  /** row number (1-based, as in Excel) of the header row; rows above it (titles, notes) are skipped */
  headerRow: number;
  /** column titles, trimmed; an empty title becomes "column N" (N counted from 1) */
  headers: string[];
  /** the rows under the header, without empty rows */
  rows: TableRow[];
}

/** A raw grid (rows of cells, the first is spreadsheet row 1) made into a table with its header at `headerRow`. */
export function gridToTable(file: string, grid: readonly (readonly CellValue[])[], headerRow: number, sheet?: string): Table {
  const headerCells = grid[headerRow - 1] ?? [];
  let width = headerCells.length;
  for (let r = headerRow; r < grid.length; r++) width = Math.max(width, grid[r]?.length ?? 0);
  const headers = uniqueHeaders(Array.from({ length: width }, (_, i) => headerText(headerCells[i], i)));
  const rows: TableRow[] = [];
  for (let r = headerRow; r < grid.length; r++) {
    const source = grid[r] ?? [];
    if (source.every((cell) => isEmptyCell(cell))) continue;
    rows.push({ n: r + 1, cells: Array.from({ length: width }, (_, i) => source[i] ?? null) });
  }
  return sheet === undefined ? { file, headerRow, headers, rows } : { file, sheet, headerRow, headers, rows };
}

export function isEmptyCell(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function headerText(cell: CellValue | undefined, index: number): string {
  const text = cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();
  return text === '' ? `column ${index + 1}` : text;
}

/** Two columns called "金额" become "金额" and "金额 (2)", so every column can be named. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

/** The cell as text for properties and messages: numbers as written by JavaScript, empty as ''. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : String(cell);
}
