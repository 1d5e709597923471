// A joined table turned into what the map, legend, details and export draw: each unit's value and
// fill, the class edges and colours, and the join report. Pure: no DOM, no storage.
import type { DivisionIndex } from '../join/division-index.ts';
import { joinRows, type JoinReport } from '../join/join-table.ts';
import { parseNumericCell } from '../join/numeric-cell.ts';
import { unitFromHeader, type JoinLevel, type Table } from '../join/table.ts';
import { classBreaks, classOf, type Breaks } from '../style/choropleth.ts';
import { NO_DATA_COLOUR, paletteColours } from '../style/palettes.ts';
import type { ChoroplethSpec } from './choropleth-spec.ts';

export interface UnitValue {
  value: number;
  /** the table row it came from */
  n: number;
}

export interface BadCell {
  n: number;
  column: string;
  cell: string;
}

export interface ChoroplethModel {
  spec: ChoroplethSpec;
  level: JoinLevel;
  tableName: string;
  /** the unit read from the column's header ("GDP（亿元）" → 亿元) */
  unit: string | undefined;
  report: JoinReport;
  values: Map<string, UnitValue>;
  breaks: Breaks;
  colours: string[];
  /** adcode → fill; every unit of the level, no-data units in NO_DATA_COLOUR */
  fills: Map<string, string>;
  /** units per class, then the no-data count */
  counts: number[];
  noData: number;
  /** matched rows whose value cell is not a number */
  badCells: BadCell[];
}

export interface ChoroplethInput {
  table: Table;
  tableName: string;
  level: JoinLevel;
  key: string;
  parent?: string | undefined;
  spec: ChoroplethSpec;
  index: DivisionIndex;
}

export function buildChoropleth({ table, tableName, level, key, parent, spec, index }: ChoroplethInput): ChoroplethModel {
  const report = joinRows(
    index,
    table.rows.map((row) => (parent === undefined ? { n: row.n, key: row.cells[key] ?? '' } : { n: row.n, key: row.cells[key] ?? '', parent: row.cells[parent] ?? '' })),
  );
  const rowsByNumber = new Map(table.rows.map((row) => [row.n, row]));
  const values = new Map<string, UnitValue>();
  const badCells: BadCell[] = [];
  for (const match of report.matched) {
    const cell = rowsByNumber.get(match.n)?.cells[spec.value] ?? '';
    const value = parseNumericCell(cell);
    if (value !== undefined) values.set(match.adcode, { value, n: match.n });
    else if (cell.trim() !== '') badCells.push({ n: match.n, column: spec.value, cell });
  }
  const { breaks, colours, fills, counts, noData } = colourUnits(values, spec, index.units.keys());
  return { spec, level, tableName, unit: unitFromHeader(spec.value), report, values, breaks, colours, fills, counts, noData, badCells };
}

export type UnitColours = Pick<ChoroplethModel, 'breaks' | 'colours' | 'fills' | 'counts' | 'noData'>;

/** Classes the values and fills every unit of the level: its class colour, or the no-data grey. */
export function colourUnits(values: ReadonlyMap<string, UnitValue>, spec: ChoroplethSpec, adcodes: Iterable<string>): UnitColours {
  const breaks = classBreaks([...values.values()].map((entry) => entry.value), spec.method, spec.classes, spec.breaks);
  const classCount = Math.max(breaks.length - 1, 0);
  const colours = classCount === 0 ? [] : paletteColours(spec.palette, classCount);
  const fills = new Map<string, string>();
  const counts = Array.from({ length: classCount }, () => 0);
  let noData = 0;
  for (const adcode of adcodes) {
    const klass = classOf(values.get(adcode)?.value, breaks);
    if (klass === -1) {
      noData++;
      fills.set(adcode, NO_DATA_COLOUR);
    } else {
      counts[klass] = (counts[klass] ?? 0) + 1;
      fills.set(adcode, colours[klass] ?? NO_DATA_COLOUR);
    }
  }
  return { breaks, colours, fills, counts, noData };
}

/**
 * The model of a colouring whose values came in the address (an embed, src/choropleth/choropleth-values.ts):
 * the same classes and fills as the planner's, without the table (no report, no row numbers).
 */
export function modelFromValues(spec: ChoroplethSpec, level: JoinLevel, values: ReadonlyMap<string, number>, adcodes: readonly string[]): ChoroplethModel {
  const known = new Set(adcodes);
  const entries = new Map([...values].filter(([adcode]) => known.has(adcode)).map(([adcode, value]) => [adcode, { value, n: 0 }]));
  const report: JoinReport = { matched: [], unmatched: [], rowByUnit: new Map(), unitsWithoutRow: [] };
  return { spec, level, tableName: '', unit: unitFromHeader(spec.value), report, values: entries, ...colourUnits(entries, spec, adcodes), badCells: [] };
}
