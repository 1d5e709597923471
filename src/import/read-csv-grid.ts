// Reads delimited text (CSV, TSV, semicolons) into a grid of cells, one row per line as a planner
// sees it in a spreadsheet, so "row N" in messages is the row Excel shows.
import Papa from 'papaparse';
import { fileProblem, recordProblem, type Problem } from './problems.ts';
import type { CellValue } from './table.ts';

export interface TextGrid {
  grid: CellValue[][];
  warnings: Problem[];
}

export function readCsvGrid(file: string, text: string): TextGrid {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  // A quoted cell spanning several lines makes Papa's row index differ from the line; its rows are
  // what the planner's spreadsheet shows, so they are kept as rows.
  const warnings: Problem[] = parsed.errors.map((error) =>
    error.row === undefined
      ? fileProblem(file, 'csv-parse', { message: error.message, papaCode: error.code })
      : recordProblem(file, { index: error.row, kind: 'row', n: error.row + 1 }, undefined, 'csv-row-parse', { message: error.message, papaCode: error.code }),
  );
  return { grid: parsed.data.map((row) => row.map((cell) => cell)), warnings };
}
