// Checks that span several records of features.csv: the county a point is stated to lie in, points
// stacked on the same spot (allowed only when marked co-located) and cooperation pairs with at least
// two parks. Pure: the county polygons are checked by the build (data/build/check-placement.ts).
import type { FactsRow } from './schema.ts';

export interface RelationInput {
  rows: readonly { line: number; row: FactsRow }[];
  /** ids of zones defined by member units (they are drawn as extents, not points) */
  zoneIds: ReadonlySet<string>;
  /** county-level units: adcode -> Chinese name */
  knownUnits: ReadonlyMap<string, string>;
}

/** Rows drawn as a point on the map: neither corridors nor zones built from member units. */
export function isDrawnPoint(row: FactsRow, zoneIds: ReadonlySet<string>): boolean {
  return row.geometry_kind.trim() !== 'line' && !zoneIds.has(row.id.trim());
}

const pointKey = (row: FactsRow) => `${Number(row.lon).toFixed(5)},${Number(row.lat).toFixed(5)}`;

/** Every problem as `line field: reason` (the caller adds the file name). */
export function checkRelations({ rows, zoneIds, knownUnits }: RelationInput): string[] {
  const problems: string[] = [];
  const firstAt = new Map<string, { line: number; row: FactsRow }>();
  const pairs = new Map<string, number[]>();
  for (const entry of rows) {
    const { line, row } = entry;
    const county = row.county.trim();
    const drawnPoint = isDrawnPoint(row, zoneIds);
    if (county === '' && drawnPoint) problems.push(`${line} county: missing (the adcode of the county-level unit the point lies in)`);
    if (county !== '' && !drawnPoint) problems.push(`${line} county: only rows drawn as a point name a county (this row is a ${zoneIds.has(row.id.trim()) ? 'zone of member units' : 'line'})`);
    if (county !== '' && !knownUnits.has(county)) problems.push(`${line} county: "${county}" is not a county-level unit of Sichuan or Chongqing`);
    const pair = row.pair.trim();
    if (pair !== '') pairs.set(pair, [...(pairs.get(pair) ?? []), line]);
    if (!drawnPoint || !Number.isFinite(Number(row.lon)) || !Number.isFinite(Number(row.lat))) continue;
    const key = pointKey(row);
    const first = firstAt.get(key);
    if (!first) {
      firstAt.set(key, entry);
      continue;
    }
    const mark = row.co_located.trim();
    if (mark === '' || mark !== first.row.co_located.trim()) {
      problems.push(`${line} lon/lat: same point as "${first.row.id.trim()}" (line ${first.line}); move one, or give both the same co_located key`);
    }
  }
  for (const [pair, lines] of pairs) {
    if (lines.length < 2) problems.push(`${lines[0]} pair: "${pair}" names no other park (a pair needs two or more records)`);
  }
  return problems;
}
