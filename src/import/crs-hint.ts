// A hint that a table's positions come from a Chinese web map. Measured first: rows that name a
// unit whose points sit consistently a few hundred metres from that unit's seat, in the direction
// GCJ-02 or BD-09 shifts them (crs-from-positions.ts). Else read from what the planner's own file
// says: a column titled 百度经度 / bd_lng / 高德坐标 / gcj02_lat, or a file named 高德导出.xlsx.
// The planner chooses the system; nothing is converted on a hint alone.
import type { Position } from 'geojson';
import type { CoordinateSystem } from './coordinate-systems.ts';
import { crsFromPositions, type PositionPair } from './crs-from-positions.ts';
import { matchPlace, type DivisionIndex, type PlaceQuery } from './divisions.ts';
import type { ColumnMapping, ColumnRole } from './column-roles.ts';
import { cellText, type Table } from './table.ts';
import type { SourceRecord } from './source-record.ts';

export interface CrsHint {
  crs: Exclude<CoordinateSystem, 'wgs84'>;
  /** the column title or file name that says so, as written; for 'positions', the number of rows compared */
  evidence: string;
  where: 'column' | 'file' | 'positions';
  /** 'positions': the median distance (m) of those rows' points from their units' seats, read as WGS84 */
  offsetMetres?: number;
}

const BD09 = /百度|baidu|bmap|bd-?09|(?:^|[^a-z])bd[_\s-]?(?:lng|lon|lat|x|y)/i;
const GCJ02 = /高德|腾讯|火星|amap|gaode|autonavi|tencent|qq地图|gcj-?02|(?:^|[^a-z])gcj[_\s-]?(?:lng|lon|lat|x|y)/i;

function systemOf(text: string): CrsHint['crs'] | undefined {
  if (BD09.test(text)) return 'bd09';
  if (GCJ02.test(text)) return 'gcj02';
  return undefined;
}

/** The coordinate columns' titles speak first, then the other titles, then the file name. */
export function crsHint(file: string, headers: readonly string[], coordinateHeaders: readonly string[]): CrsHint | undefined {
  for (const header of [...coordinateHeaders, ...headers]) {
    const crs = systemOf(header);
    if (crs) return { crs, evidence: header, where: 'column' };
  }
  const crs = systemOf(file);
  return crs ? { crs, evidence: file, where: 'file' } : undefined;
}

// The roles whose text can name a unit; a name such as 锦江区人民政府 is read like an address.
const NAMING_ROLES: readonly (readonly [ColumnRole, keyof PlaceQuery])[] = [
  ['province', 'province'], ['city', 'city'], ['county', 'county'], ['adcode', 'adcode'], ['address', 'address'], ['name', 'address'],
];

/**
 * Rows read for the measured hint at most, spread evenly over the file: a 200,000-row file read whole
 * took minutes, and a few thousand rows show a consistent shift as well as all of them.
 */
export const MAX_HINT_ROWS = 2_000;

/** Each row with a point from its coordinates and a unit it names (with a seat): the point and that seat. */
export function positionPairs(table: Table, mapping: ColumnMapping, records: readonly SourceRecord[], divisions: DivisionIndex): PositionPair[] {
  const columns = NAMING_ROLES.flatMap(([role, key]) => table.headers.flatMap((header, i) => (mapping[header] === role ? [[key, i] as const] : [])));
  if (columns.length === 0) return [];
  const pairs: PositionPair[] = [];
  const pointed = records.filter((record) => !record.placedAt && (record.geometry as { type?: string } | null)?.type === 'Point');
  const step = Math.max(1, pointed.length / MAX_HINT_ROWS);
  for (let k = 0; k < pointed.length; k += step) {
    const record = pointed[Math.floor(k)]!;
    const geometry = record.geometry as { type?: string; coordinates?: Position } | null;
    if (geometry?.type !== 'Point' || !geometry.coordinates) continue;
    const row = table.rows[record.ref.index];
    if (!row) continue;
    const query: PlaceQuery = {};
    for (const [key, i] of columns) {
      const text = cellText(row.cells[i]).trim();
      if (text !== '' && query[key] === undefined) query[key] = text;
    }
    const match = matchPlace(divisions, query, { candidates: false });
    if (match.ok && match.precision === 'county' && match.unit.seat) pairs.push({ position: geometry.coordinates, reference: match.unit.seat });
  }
  return pairs;
}

/** The hint for a table: measured on the positions when rows name their units, else from the words. */
export function tableCrsHint(
  table: Table, mapping: ColumnMapping, records: readonly SourceRecord[], divisions: DivisionIndex | undefined, coordinateHeaders: readonly string[],
): CrsHint | undefined {
  const measured = divisions ? crsFromPositions(positionPairs(table, mapping, records, divisions)) : undefined;
  if (measured) return { crs: measured.crs, evidence: String(measured.count), where: 'positions', offsetMetres: measured.offsetMetres };
  return crsHint(table.file, table.headers, coordinateHeaders);
}
