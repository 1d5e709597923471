// Joins the rows of a table to units by one key column (and optionally a parent column), and says
// how each row fared: matched by which key, or unmatched with the nearest candidates.
import type { DivisionIndex } from './division-index.ts';
import { matchKey, type MatchedBy } from './match-key.ts';

export interface KeyedRow {
  /** the row's number as a spreadsheet shows it (the header is row 1) */
  n: number;
  key: string;
  parent?: string;
}

export interface MatchedRow {
  n: number;
  key: string;
  adcode: string;
  by: MatchedBy;
}

export type UnmatchedReason = 'not-found' | 'ambiguous' | 'empty-key' | 'duplicate';

export interface UnmatchedRow {
  n: number;
  key: string;
  reason: UnmatchedReason;
  /** nearest or competing units, best first (adcodes) */
  candidates: string[];
  /** for a duplicate: the row that already joined to the same unit */
  duplicateOf?: number;
}

export interface JoinReport {
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
  /** adcode → the row that colours it */
  rowByUnit: Map<string, number>;
  /** units of the index that no row names */
  unitsWithoutRow: string[];
}

export function joinRows(index: DivisionIndex, rows: readonly KeyedRow[]): JoinReport {
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const rowByUnit = new Map<string, number>();
  for (const row of rows) {
    const match = matchKey(index, row.key, row.parent);
    if (match.kind === 'empty') unmatched.push({ n: row.n, key: row.key, reason: 'empty-key', candidates: [] });
    else if (match.kind === 'ambiguous') unmatched.push({ n: row.n, key: row.key, reason: 'ambiguous', candidates: match.candidates });
    else if (match.kind === 'unmatched') unmatched.push({ n: row.n, key: row.key, reason: 'not-found', candidates: match.candidates });
    else {
      const earlier = rowByUnit.get(match.adcode);
      // The first row naming a unit wins; a later one is reported rather than silently replacing it.
      if (earlier !== undefined) unmatched.push({ n: row.n, key: row.key, reason: 'duplicate', candidates: [match.adcode], duplicateOf: earlier });
      else {
        rowByUnit.set(match.adcode, row.n);
        matched.push({ n: row.n, key: row.key, adcode: match.adcode, by: match.by });
      }
    }
  }
  const unitsWithoutRow = [...index.units.keys()].filter((adcode) => !rowByUnit.has(adcode)).sort();
  return { matched, unmatched, rowByUnit, unitsWithoutRow };
}
