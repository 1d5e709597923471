// Imports one file: bytes in, a validated layer (or the reasons there is none) out. Pure: the
// worker and the unit tests call it the same way. The input bytes are only read, never changed.
import type { Feature } from 'geojson';
import { decodeBytes } from './decode.ts';
import { sniffBinary } from './sniff-binary.ts';
import { fileExtension, guessFormat, jsonFormat, layerNameFromFile, type ImportFormat } from './detect-format.ts';
import { fileProblem, formatCount, quoteValue, type Problem } from './problems.ts';
import type { CoordinateSystem } from './coordinate-systems.ts';
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES, formatMegabytes } from './limits.ts';
import { parseJsonText } from './parse-json-text.ts';
import { parseGeoJsonValue } from './parse-geojson.ts';
import { parseTopoJsonValue } from './parse-topojson.ts';
import type { ParsedFile } from './source-record.ts';
import { sniffSpreadsheet } from './sniff.ts';
import { readCsvGrid } from './read-csv-grid.ts';
import { detectHeaderRow } from './header-row.ts';
import { gridToTable, type CellValue } from './table.ts';
import { tableToRecords } from './table-records.ts';
import { tableCrsHint } from './crs-hint.ts';
import type { Worksheet } from './read-xlsx.ts';
import { validateRecord, type FixKind } from './validate-record.ts';
import { buildLayer, type FixOffer, type ImportOptions, type ImportResult } from './import-result.ts';

/** Call with the file's size before reading it, so an oversized file is never loaded into memory. */
export function checkFileSize(name: string, sizeBytes: number): Problem | undefined {
  if (sizeBytes <= MAX_FILE_BYTES) return undefined;
  return fileProblem(name, 'file-too-large', { size: formatMegabytes(sizeBytes), max: formatMegabytes(MAX_FILE_BYTES) });
}

/** The text formats (GeoJSON, TopoJSON, CSV): a step of importAnyFile, which reads every format; not an entry point. */
export function importTextFile(input: { name: string; bytes: ArrayBuffer | Uint8Array }, options: ImportOptions = {}): ImportResult {
  const { name } = input;
  const result: ImportResult = { file: name, errors: [], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
  const reject = (problem: Problem): ImportResult => ({ ...result, errors: [...result.errors, problem] });
  const progress = options.onProgress ?? (() => {});

  const sizeProblem = checkFileSize(name, input.bytes.byteLength);
  if (sizeProblem) return reject(sizeProblem);
  // .xlsx is read asynchronously by importAnyFile (the worker's entry); here it is named like any binary.
  const spreadsheet = sniffSpreadsheet(name, input.bytes);
  if (spreadsheet === 'xls') return reject(fileProblem(name, 'xls-old-format'));
  if (spreadsheet === 'numbers') return reject(fileProblem(name, 'numbers-format'));
  progress({ stage: 'decoding', done: 0, total: 0 });
  // A photo or a spreadsheet under a data file's name: say what it is rather than quote its bytes.
  const binary = sniffBinary(input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes));
  if (binary) return reject(fileProblem(name, 'file-binary', { kind: binary }));
  const once = <T>(key: string, read: () => T): T => (options.reads ? options.reads.once(key, read) : read());
  const { text, encoding } = once('text', () => decodeBytes(input.bytes));
  result.encoding = encoding;
  if (text.trim() === '') return reject(fileProblem(name, 'file-empty'));

  progress({ stage: 'parsing', done: 0, total: 0 });
  const guess = guessFormat(name, text);
  // KML and GPX never reach here: importAnyFile reads them (their reader loads on first use).
  if (guess.kind === 'unsupported' || guess.kind === 'xml') {
    return reject(fileProblem(name, 'format-unsupported', { extension: fileExtension(name) }));
  }
  let parsed: ParsedFile;
  let format: ImportFormat;
  if (guess.kind === 'csv') {
    const { grid, warnings } = once('csv-grid', () => readCsvGrid(name, text));
    result.warnings.push(...warnings);
    return importGrid(result, 'csv', grid, undefined, [], options);
  } else {
    const json = parseJsonText(name, text);
    if (!json.ok) return reject(json.problem);
    format = jsonFormat(json.value);
    parsed = format === 'topojson' ? parseTopoJsonValue(name, json.value) : parseGeoJsonValue(name, json.value);
  }
  result.format = format;
  return importParsed(result, parsed, options);
}

/**
 * Imports GeoJSON another reader produced (KML, GPX, a zipped shapefile), as if the file held it;
 * `notes` are that reader's warnings (a reprojection, a missing .prj).
 */
export function importGeoJsonValue(name: string, value: unknown, format: ImportFormat, options: ImportOptions = {}, notes: readonly Problem[] = []): ImportResult {
  const result: ImportResult = { file: name, format, errors: [], warnings: [...notes], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
  return importParsed(result, parseGeoJsonValue(name, value), options);
}

/** Imports one worksheet of a workbook read by readWorkbook (the worker reads it asynchronously). */
export function importWorkbook(name: string, sheets: readonly Worksheet[], options: ImportOptions = {}): ImportResult {
  const result: ImportResult = { file: name, format: 'xlsx', errors: [], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
  const names = sheets.map((sheet) => sheet.name);
  const chosen = options.sheet === undefined ? sheets.find((sheet) => sheet.grid.some((row) => row.some((cell) => cell !== null && cell !== ''))) ?? sheets[0] : sheets.find((sheet) => sheet.name === options.sheet);
  if (!chosen) return { ...result, errors: [fileProblem(name, options.sheet === undefined ? 'no-features' : 'sheet-not-found', { sheet: quoteValue(options.sheet ?? '') })] };
  return importGrid(result, 'xlsx', chosen.grid, chosen.name, names, options);
}

/** How many rows the mapping step shows under the header. */
const SAMPLE_ROWS = 5;

function importGrid(
  result: ImportResult, format: ImportFormat, grid: CellValue[][], sheet: string | undefined, sheets: string[], options: ImportOptions,
): ImportResult {
  result.format = format;
  const headerRow = options.headerRow !== undefined && options.headerRow >= 1 ? options.headerRow : detectHeaderRow(grid);
  const table = gridToTable(result.file, grid, headerRow, sheet);
  const parsed = tableToRecords(table, options.columns, options.divisions, options.placeFixes);
  const coordinateHeaders = table.headers.filter((h) => parsed.mapping[h] === 'lon' || parsed.mapping[h] === 'lat');
  const hint = coordinateHeaders.length === 2 ? tableCrsHint(table, parsed.mapping, parsed.records, options.divisions, coordinateHeaders) : undefined;
  result.table = {
    sheets, ...(sheet === undefined ? {} : { sheet }), headerRow, headers: table.headers, mapping: parsed.mapping,
    sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells), rowCount: table.rows.length, ...(hint ? { crsHint: hint } : {}),
  };
  if (parsed.placement) result.placement = parsed.placement;
  return importParsed(result, parsed, options);
}

function importParsed(result: ImportResult, parsed: ParsedFile, options: ImportOptions): ImportResult {
  const name = result.file;
  const reject = (problem: Problem): ImportResult => ({ ...result, errors: [...result.errors, problem] });
  const progress = options.onProgress ?? (() => {});
  result.warnings.push(...parsed.warnings);
  result.recordCount = parsed.records.length;
  if (parsed.form) result.form = parsed.form;
  if (parsed.fileProblems.length > 0) return { ...result, errors: parsed.fileProblems };
  if (parsed.records.length === 0) return reject(fileProblem(name, 'no-features'));
  if (parsed.records.length > MAX_FEATURES) {
    return reject(fileProblem(name, 'too-many-features', { count: formatCount(parsed.records.length), max: formatCount(MAX_FEATURES) }));
  }
  return validateRecords(result, parsed, new Set(options.fixes ?? []), options.crs ?? 'wgs84', progress);
}

function validateRecords(
  result: ImportResult, parsed: ParsedFile, fixes: ReadonlySet<FixKind>, crs: CoordinateSystem, progress: NonNullable<ImportOptions['onProgress']>,
): ImportResult {
  const total = parsed.records.length;
  const good: Feature[] = [];
  const offers = new Map<FixKind, number[]>();
  let vertices = 0;
  for (const [i, record] of parsed.records.entries()) {
    const outcome = validateRecord(result.file, record, fixes, crs);
    vertices += outcome.vertices;
    if (vertices > MAX_VERTICES) {
      return { ...result, errors: [fileProblem(result.file, 'too-many-positions', { max: formatCount(MAX_VERTICES) })], badFeatureIndexes: [], goodFeatures: [] };
    }
    result.errors.push(...outcome.errors);
    result.warnings.push(...outcome.warnings);
    for (const kind of outcome.fixable) offers.set(kind, [...(offers.get(kind) ?? []), record.ref.index]);
    if (outcome.feature) good.push(outcome.feature);
    else result.badFeatureIndexes.push(record.ref.index);
    if (i % 1000 === 999) progress({ stage: 'validating', done: i + 1, total });
  }
  result.fixes = [...offers].map(([kind, featureIndexes]): FixOffer => ({ kind, featureIndexes }));
  result.goodFeatures = good;
  if (result.errors.length === 0) result.layer = buildLayer(layerNameFromFile(result.file), good);
  progress({ stage: 'done', done: total, total });
  return result;
}
