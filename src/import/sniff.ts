// Tells spreadsheets apart before anything is decoded as text: .xlsx is read as a table, while
// .xls and .numbers get a message saying to save as .xlsx. Other binaries (a PNG renamed .geojson,
// a PDF, a ZIP) are named by sniff-binary.ts.
import { fileExtension } from './detect-format.ts';
import { sniffBinary } from './sniff-binary.ts';

export type SpreadsheetKind = 'xlsx' | 'xls' | 'numbers';

export function sniffSpreadsheet(name: string, bytes: ArrayBuffer | Uint8Array): SpreadsheetKind | undefined {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const extension = fileExtension(name);
  const binary = sniffBinary(view);
  if (binary === 'xlsx') return 'xlsx';
  // A Numbers file is a zip (or a folder zipped); Excel 97–2003 (and WPS .et) an OLE compound document.
  if (extension === 'numbers') return 'numbers';
  if ((extension === 'xls' || extension === 'et') && (binary === 'office-legacy' || binary === undefined)) return 'xls';
  if (extension === 'xlsx' && binary === 'zip') return 'xlsx';
  return undefined;
}
