// A CSV's text as a Table (the first non-empty line is the header). Cells stay text; headers are
// trimmed, and a repeated or empty header gets a number so no column is lost.
import Papa from 'papaparse';
import type { Table } from './table.ts';

export function readCsvTable(text: string): Table {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((line) => line.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) return { columns: [], rows: [] };
  const columns: string[] = [];
  (lines[headerIndex] ?? []).forEach((raw, i) => {
    let name = raw.trim() || `column ${i + 1}`;
    while (columns.includes(name)) name = `${name} (${i + 1})`;
    columns.push(name);
  });
  const rows = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? [];
    if (!line.some((cell) => cell.trim() !== '')) continue;
    const cells: Record<string, string> = {};
    columns.forEach((column, c) => (cells[column] = line[c] ?? ''));
    rows.push({ n: i + 1, cells });
  }
  return { columns, rows };
}
