// What placing rows by place name found: how many at each precision, and every row that matched
// no unit with the nearest candidates, so the planner can fix the row or export the unmatched rows.
import type { PlacePrecision } from './divisions.ts';
import type { CellValue } from './table.ts';

/** Where a row without coordinates was placed; kept on the feature as `placedAt`. */
export interface PlacedAt {
  adcode: string;
  name_zh: string;
  name_en: string;
  precision: PlacePrecision;
  /**
   * how the text matched: the code, the full name, a short name ("渝北") or a former name ("武隆县");
   * `chosen` when the planner placed the row by hand in the import step (the cells keep what was written)
   */
  how: 'adcode' | 'name' | 'short' | 'former' | 'chosen';
}

export interface UnmatchedRow {
  /** index among the table's rows (0-based, as in problems) */
  index: number;
  /** the spreadsheet row */
  n: number;
  /** the text that matched nothing (or the unit too coarse to place at) */
  text: string;
  reason: 'nothing' | 'province-only' | 'unknown' | 'no-seat' | 'county-unknown';
  candidates: { adcode: string; name_zh: string; name_en: string }[];
  /** the row's cells as read, for the planner to fix the row or download the rows not placed */
  cells: CellValue[];
}

export interface PlacementReport {
  county: number;
  city: number;
  unmatched: UnmatchedRow[];
  /** rows placed at their city because their county text matched no county in it (typos) */
  countyUnmatched: UnmatchedRow[];
}
