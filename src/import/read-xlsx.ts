// Reads an .xlsx workbook into grids of cells, one per worksheet. read-excel-file's "universal"
// build parses with a SAX reader and fflate, so it runs inside the import worker (no DOMParser
// there); it is loaded with import() the first time a workbook is read, never for GeoJSON or CSV.
import { unzipSync, zipSync } from 'fflate';
import type { CellValue } from './table.ts';

/**
 * The workbook's parts stored without compression. fflate inflates a part of 512 KB or more (the
 * sheet of about 4,000 rows and up) in a Web Worker made from a blob: address, which the app's
 * Content-Security-Policy refuses; fflate is never told, so the read waited forever. Stored parts
 * are read as they are. Only the XML parts are kept: images and other media are never read.
 */
function storedParts(bytes: Uint8Array): ArrayBuffer {
  const parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  return zipSync(parts, { level: 0 }).buffer as ArrayBuffer;
}

export interface Worksheet {
  name: string;
  /** rows of cells; the first is spreadsheet row 1 */
  grid: CellValue[][];
}

export async function readWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<Worksheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const sheets = await readXlsxFile(storedParts(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)));
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
