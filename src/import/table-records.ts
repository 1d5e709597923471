// Turns a table into source records: one per row, its geometry from lon/lat columns, a WKT column,
// or (without coordinates) the administrative unit its place columns name, placed at that unit's
// seat. Value columns are read as numbers; cells that are not are listed by row and column.
import type { Geometry } from 'geojson';
import { parse as parseWkt } from 'wellknown';
import { fileProblem, quoteValue, recordProblem, type Problem, type RecordRef } from './problems.ts';
import type { ParsedFile, SourceRecord } from './source-record.ts';
import { columnWithRole, guessColumnMapping, type ColumnMapping, type ColumnRole } from './column-roles.ts';
import { headerUnit, readNumber } from './read-number.ts';
import { cellText, isEmptyCell, type CellValue, type Table, type TableRow } from './table.ts';
import { divisionCode } from '../join/name-forms.ts';
import { placeMatcher, type DivisionIndex, type PlaceMatch, type PlaceQuery } from './divisions.ts';
import type { PlacementReport, PlacedAt } from './placement-report.ts';
import type { PlaceFixes } from './import-result.ts';

export interface TableRecords extends ParsedFile {
  mapping: ColumnMapping;
  /** present when rows were placed by place name or code */
  placement?: PlacementReport;
}

const PLACE_ROLES = ['province', 'city', 'county', 'adcode', 'address'] as const;
const NUMBER_ROLES = new Set<ColumnRole>(['value', 'year']);

/** The mapping the planner confirmed, over the guess; titles the table does not have are ignored. */
export function effectiveMapping(table: Table, chosen: ColumnMapping | undefined): ColumnMapping {
  const guess = guessColumnMapping(table);
  if (!chosen) return guess;
  const mapping: ColumnMapping = {};
  for (const header of table.headers) mapping[header] = chosen[header] ?? guess[header] ?? 'text';
  return mapping;
}

export function tableToRecords(table: Table, chosen: ColumnMapping | undefined, divisions: DivisionIndex | undefined, fixes: PlaceFixes = {}): TableRecords {
  const { file, headers } = table;
  const mapping = effectiveMapping(table, chosen);
  const at = (role: ColumnRole) => columnWithRole(mapping, headers, role);
  const wkt = at('wkt');
  const lon = at('lon');
  const lat = at('lat');
  const places = PLACE_ROLES.map((role) => [role, at(role)] as const).filter((entry): entry is readonly [(typeof PLACE_ROLES)[number], number] => entry[1] !== undefined);
  const hasCoordinates = wkt !== undefined || (lon !== undefined && lat !== undefined);
  if (!hasCoordinates && places.length === 0) {
    const found = headers.map((h) => quoteValue(h)).join(', ');
    return { records: [], fileProblems: [fileProblem(file, 'csv-no-coordinate-columns', { found })], warnings: [], mapping };
  }
  if (!hasCoordinates && divisions === undefined) {
    return { records: [], fileProblems: [fileProblem(file, 'divisions-unavailable')], warnings: [], mapping };
  }
  const idColumn = at('id');
  const report: PlacementReport | undefined = places.length > 0 ? { county: 0, city: 0, unmatched: [], countyUnmatched: [] } : undefined;
  const placeMatch = divisions === undefined ? undefined : placeMatcher(divisions);
  const warnings: Problem[] = [];
  const records = table.rows.map((row, index): SourceRecord => {
    const idText = idColumn === undefined ? '' : cellText(row.cells[idColumn]).trim();
    const ref: RecordRef = { index, kind: table.sheet === undefined ? 'row' : 'sheetRow', n: row.n };
    if (table.sheet !== undefined) ref.object = quoteValue(table.sheet);
    if (idText !== '') ref.id = idText;
    const properties = rowProperties(file, ref, row, headers, mapping, wkt, warnings);
    const record: SourceRecord = { ref, geometryField: '', geometry: null, properties, problems: [] };
    if (wkt !== undefined) readWktCell(file, record, row.cells[wkt] ?? null, headers[wkt] ?? '');
    else if (lon !== undefined && lat !== undefined) readLonLat(file, record, row, headers, lon, lat);
    const coordinatesGiven = wkt !== undefined ? !isEmptyCell(row.cells[wkt]) : lon !== undefined && lat !== undefined && (!isEmptyCell(row.cells[lon]) || !isEmptyCell(row.cells[lat]));
    // Place by name when the row has no coordinates at all; a row with broken coordinates keeps its errors.
    if (record.geometry === null && !coordinatesGiven && report && placeMatch) placeByName(file, record, row, headers, places, placeMatch, report, warnings, fixes[String(row.n)]);
    return record;
  });
  return { records, fileProblems: [], warnings, mapping, ...(report ? { placement: report } : {}) };
}

function rowProperties(
  file: string, ref: RecordRef, row: TableRow, headers: readonly string[], mapping: ColumnMapping, wkt: number | undefined, warnings: Problem[],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  headers.forEach((header, i) => {
    const role = mapping[header];
    if (role === 'ignore' || i === wkt) return;
    const cell = row.cells[i] ?? null;
    if (role !== undefined && NUMBER_ROLES.has(role) && !isEmptyCell(cell)) {
      const reading = readNumber(cell, headerUnit(header));
      if (reading.ok) properties[header] = reading.value;
      else {
        // Kept as written, so nothing is lost; the planner is told which cell it is.
        properties[header] = cellText(cell);
        warnings.push(recordProblem(file, ref, header, 'cell-not-number', { value: quoteValue(cell), column: quoteValue(header) }));
      }
      return;
    }
    properties[header] = typeof cell === 'number' || typeof cell === 'boolean' ? cell : cellText(cell);
  });
  return properties;
}

function readWktCell(file: string, record: SourceRecord, cell: CellValue, header: string): void {
  record.geometryField = quoteValue(header);
  const place = { field: quoteValue(header), path: [] };
  const text = cellText(cell).trim();
  if (text === '') {
    record.problems.push(recordProblem(file, record.ref, header, 'cell-empty', {}, place));
    return;
  }
  const geometry = parseWkt(text);
  if (geometry === null) record.problems.push(recordProblem(file, record.ref, header, 'wkt-invalid', { value: quoteValue(text) }, place));
  record.geometry = geometry;
}

function readLonLat(file: string, record: SourceRecord, row: TableRow, headers: readonly string[], lonIndex: number, latIndex: number): void {
  const lonHeader = headers[lonIndex] ?? '';
  const latHeader = headers[latIndex] ?? '';
  record.geometryField = `${quoteValue(lonHeader)}/${quoteValue(latHeader)}`;
  if (isEmptyCell(row.cells[lonIndex]) && isEmptyCell(row.cells[latIndex]) && record.geometry === null) {
    // Both empty: a place column may still place the row; if not, placeByName or the caller says so.
    record.problems.push(recordProblem(file, record.ref, lonHeader, 'cell-empty', {}, { field: quoteValue(lonHeader), path: [] }));
    return;
  }
  const lon = readCoordinate(file, record, row.cells[lonIndex] ?? null, lonHeader);
  const lat = readCoordinate(file, record, row.cells[latIndex] ?? null, latHeader);
  if (lon !== undefined && lat !== undefined) record.geometry = { type: 'Point', coordinates: [lon, lat] } satisfies Geometry;
}

function readCoordinate(file: string, record: SourceRecord, cell: CellValue, header: string): number | undefined {
  const place = { field: quoteValue(header), path: [] };
  if (isEmptyCell(cell)) {
    record.problems.push(recordProblem(file, record.ref, header, 'cell-empty', {}, place));
    return undefined;
  }
  // Coordinates are plain decimals: a unit or percent sign would make a number, not a place.
  const reading = typeof cell === 'number' || /^[\s+\-0-9.eE\uff10-\uff19\uff0e\uff0b\uff0d]+$/.test(cellText(cell)) ? readNumber(cell) : { ok: false as const };
  if (!reading.ok) {
    record.problems.push(recordProblem(file, record.ref, header, 'coord-not-number', { value: quoteValue(cellText(cell)) }, place));
    return undefined;
  }
  return reading.value;
}

/** A correction is a division code (chosen from the candidates) or a name typed by the planner. */
function fixQuery(fix: string): PlaceQuery {
  const text = fix.trim();
  return divisionCode(text) !== undefined ? { adcode: text } : { address: text };
}

function placeByName(
  file: string, record: SourceRecord, row: TableRow, headers: readonly string[],
  places: readonly (readonly [(typeof PLACE_ROLES)[number], number])[], placeMatch: (query: PlaceQuery) => PlaceMatch, report: PlacementReport, warnings: Problem[],
  fix: string | undefined,
): void {
  const query: PlaceQuery = {};
  for (const [role, index] of places) {
    const text = cellText(row.cells[index] ?? null).trim();
    if (text !== '') query[role] = text;
  }
  const chosen = fix !== undefined && fix.trim() !== '';
  // The planner's correction replaces what the cells say; the cells themselves stay as written.
  const match = placeMatch(chosen ? fixQuery(fix) : query);
  const placeField = places.map(([, index]) => quoteValue(headers[index] ?? '')).join('/');
  record.geometryField = placeField;
  if (match.ok && match.unit.seat) {
    record.problems = [];
    record.geometry = { type: 'Point', coordinates: [...match.unit.seat] };
    const placedAt: PlacedAt = { adcode: match.unit.adcode, name_zh: match.unit.name_zh, name_en: match.unit.name_en, precision: match.precision, how: chosen ? 'chosen' : match.how };
    record.placedAt = placedAt;
    report[match.precision]++;
    if (match.countyUnmatched) {
      const candidates = match.countyUnmatched.candidates.map((u) => ({ adcode: u.adcode, name_zh: u.name_zh, name_en: u.name_en }));
      report.countyUnmatched.push({ index: record.ref.index, n: row.n, text: match.countyUnmatched.text, reason: 'county-unknown', candidates, cells: row.cells });
      warnings.push(recordProblem(file, record.ref, placeField.replace(/"/g, ''), 'place-county-unmatched', {
        value: quoteValue(match.countyUnmatched.text), unitZh: match.unit.name_zh, unitEn: match.unit.name_en,
        candidatesZh: candidates.map((c) => c.name_zh).join('、'),
        candidatesEn: candidates.map((c) => `${c.name_en} (${c.name_zh})`).join(', '),
      }, { field: placeField, path: [] }));
    }
    return;
  }
  const text = match.ok ? match.unit.name_zh : match.text;
  const candidates = match.ok ? [] : match.candidates.map((u) => ({ adcode: u.adcode, name_zh: u.name_zh, name_en: u.name_en }));
  report.unmatched.push({ index: record.ref.index, n: row.n, text, reason: match.ok ? 'no-seat' : match.reason, candidates, cells: row.cells });
  record.problems = [
    recordProblem(file, record.ref, placeField.replace(/"/g, ''), match.ok || match.reason !== 'unknown' ? 'place-too-coarse' : 'place-unmatched', {
      value: quoteValue(text),
      candidatesZh: candidates.map((c) => c.name_zh).join('、'),
      candidatesEn: candidates.map((c) => `${c.name_en} (${c.name_zh})`).join(', '),
    }, { field: placeField, path: [] }),
  ];
}
