// The worker's entry to importing: reads a workbook, a KML/GPX file or a ZIP (asynchronously, their
// readers loaded on first use) or hands text files to importTextFile, and loads the division list for tables first, so rows
// without coordinates can be placed by place name.
import { checkFileSize, importTextFile, importWorkbook } from './import-file.ts';
import { MAX_XLSX_BYTES, formatMegabytes } from './limits.ts';
import { fileProblem } from './problems.ts';
import { sniffSpreadsheet } from './sniff.ts';
import { sniffBinary } from './sniff-binary.ts';
import { guessFormat } from './detect-format.ts';
import { importArchive, importXml } from './import-geo-formats.ts';
import { indexDivisions, type DivisionIndex, type DivisionList } from './divisions.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';

export interface AnyFileOptions extends ImportOptions {
  /** fetches the division list; called at most once per worker, only for tables */
  loadDivisions?: () => Promise<DivisionList>;
}

let divisionsOnce: Promise<DivisionIndex | undefined> | undefined;

async function divisionsFor(options: AnyFileOptions): Promise<DivisionIndex | undefined> {
  if (options.divisions) return options.divisions;
  const load = options.loadDivisions;
  if (!load) return undefined;
  // A failed load is not kept: the next import tries again.
  divisionsOnce ??= load().then(indexDivisions, () => {
    divisionsOnce = undefined;
    return undefined;
  });
  return divisionsOnce;
}

function emptyResult(name: string): ImportResult {
  return { file: name, errors: [], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
}

export async function importAnyFile(input: { name: string; bytes: ArrayBuffer | Uint8Array }, options: AnyFileOptions = {}): Promise<ImportResult> {
  const { name, bytes } = input;
  const tooLarge = checkFileSize(name, bytes.byteLength);
  if (tooLarge) return { ...emptyResult(name), errors: [tooLarge] };
  if (sniffSpreadsheet(name, bytes) === 'xlsx') {
    if (bytes.byteLength > MAX_XLSX_BYTES) {
      return { ...emptyResult(name), format: 'xlsx', errors: [fileProblem(name, 'xlsx-too-large', { size: formatMegabytes(bytes.byteLength), max: formatMegabytes(MAX_XLSX_BYTES) })] };
    }
    options.onProgress?.({ stage: 'decoding', done: 0, total: 0 });
    let sheets;
    // the unzip and the sheets' parse: kept for the next import of these bytes when the worker keeps them
    const read = () => import('./read-xlsx.ts').then(({ readWorkbook }) => readWorkbook(bytes));
    try {
      sheets = await (options.reads ? options.reads.once('xlsx-sheets', read) : read());
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ...emptyResult(name), format: 'xlsx', errors: [fileProblem(name, 'xlsx-unreadable', { detail })] };
    }
    const divisions = await divisionsFor(options);
    return importWorkbook(name, sheets, { ...options, ...(divisions ? { divisions } : {}) });
  }
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const binary = sniffBinary(view);
  if (binary === 'zip' || binary === 'kmz') return importArchive(name, view, options);
  const guess = binary === undefined ? guessFormat(name, new TextDecoder().decode(view.subarray(0, 256))).kind : undefined;
  if (guess === 'xml') return importXml(name, view, options);
  // Only a table can need the division list; JSON files are not kept waiting for it.
  const isTable = guess === 'csv';
  const divisions = isTable ? await divisionsFor(options) : undefined;
  return importTextFile(input, { ...options, ...(divisions ? { divisions } : {}) });
}
