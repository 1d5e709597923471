// Reads an .xlsx workbook into grids of cells, one per worksheet. read-excel-file's "universal"
// build parses with a SAX reader and fflate, so it runs inside the import worker (no DOMParser
// there); it is loaded with import() the first time a workbook is read, never for GeoJSON or CSV.
import type { CellValue } from './table.ts';

export interface Worksheet {
  name: string;
  /** rows of cells; the first is spreadsheet row 1 */
  grid: CellValue[][];
}

export async function readWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<Worksheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes;
  const sheets = await readXlsxFile(buffer);
  return sheets.map(({ sheet, data }) => ({ name: sheet, grid: data.map((row) => row.map(toCellValue)) }));
}

function toCellValue(cell: unknown): CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  // Dates become ISO text (a date alone when it has no time of day), which sorts and reads the same everywhere.
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(cell);
}
