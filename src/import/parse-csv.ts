// Reads a CSV table into source records: one record per row, its geometry from lon/lat columns or
// a WKT column. Rows are named by their line in a spreadsheet ("row 2" is the first row under the header).
import Papa from 'papaparse';
import { parse as parseWkt } from 'wellknown';
import { fileProblem, quoteValue, recordProblem, type Problem, type RecordRef } from './problems.ts';
import type { ParsedFile, SourceRecord } from './source-record.ts';
import { findCoordinateColumns, findIdColumn, parseDecimal, type CoordinateColumns } from './csv-columns.ts';

export function parseCsvText(file: string, text: string): ParsedFile {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const columns = findCoordinateColumns(headers);
  if (columns === undefined) {
    // An empty list is worded "none" in the planner's language when shown.
    const found = headers.map((h) => quoteValue(h)).join(', ');
    return { records: [], fileProblems: [fileProblem(file, 'csv-no-coordinate-columns', { found })], warnings: [] };
  }
  const warnings: Problem[] = parsed.errors.map((error) =>
    error.row === undefined
      ? fileProblem(file, 'csv-parse', { message: error.message, papaCode: error.code })
      : recordProblem(file, { index: error.row, kind: 'row', n: error.row + 2 }, undefined, 'csv-row-parse', { message: error.message, papaCode: error.code }),
  );
  const idColumn = findIdColumn(headers);
  const records = parsed.data.map((row, index) => rowRecord(file, row, index, columns, idColumn));
  return { records, fileProblems: [], warnings };
}

function rowRecord(file: string, row: Record<string, string>, index: number, columns: CoordinateColumns, idColumn: string | undefined): SourceRecord {
  const idText = idColumn === undefined ? undefined : row[idColumn]?.trim();
  const ref: RecordRef = idText ? { index, kind: 'row', n: index + 2, id: idText } : { index, kind: 'row', n: index + 2 };
  if (columns.kind === 'wkt') {
    // The WKT text is the geometry; keeping it as a property too would double the layer's size.
    const { [columns.wkt]: wktText, ...properties } = row;
    const record: SourceRecord = { ref, geometryField: quoteValue(columns.wkt), geometry: null, properties, problems: [] };
    const wkt = (wktText ?? '').trim();
    if (wkt === '') record.problems.push(recordProblem(file, ref, columns.wkt, 'cell-empty', {}, { field: quoteValue(columns.wkt), path: [] }));
    else {
      const geometry = parseWkt(wkt);
      if (geometry === null) record.problems.push(recordProblem(file, ref, columns.wkt, 'wkt-invalid', { value: quoteValue(wkt) }, { field: quoteValue(columns.wkt), path: [] }));
      record.geometry = geometry;
    }
    return record;
  }
  const record: SourceRecord = {
    ref,
    geometryField: `${quoteValue(columns.lon)}/${quoteValue(columns.lat)}`,
    geometry: null,
    properties: { ...row },
    problems: [],
  };
  const lon = readCoordinate(file, ref, row, columns.lon, record.problems);
  const lat = readCoordinate(file, ref, row, columns.lat, record.problems);
  if (lon !== undefined && lat !== undefined) record.geometry = { type: 'Point', coordinates: [lon, lat] };
  return record;
}

function readCoordinate(file: string, ref: RecordRef, row: Record<string, string>, column: string, problems: Problem[]): number | undefined {
  const cell = row[column];
  const place = { field: quoteValue(column), path: [] };
  if (cell === undefined || cell.trim() === '') {
    problems.push(recordProblem(file, ref, column, 'cell-empty', {}, place));
    return undefined;
  }
  const value = parseDecimal(cell);
  if (value === undefined) problems.push(recordProblem(file, ref, column, 'coord-not-number', { value: quoteValue(cell) }, place));
  return value;
}
