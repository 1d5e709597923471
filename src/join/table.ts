// A planner's table as the join reads it: named columns and rows of text cells, each row with the
// number a spreadsheet shows for it. Which columns name the units and which hold numbers is guessed
// from the headers and the cells; the planner can change every guess.
import { normaliseName } from './name-forms.ts';
import { parseNumericCell } from './numeric-cell.ts';

export interface TableRow {
  /** spreadsheet row number: the header is row 1, the first data row row 2 */
  n: number;
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

const CODE_HEADERS = ['行政区划代码', '区划代码', '代码', 'adcode', 'code', 'admincode', 'gb'];
const NAME_HEADERS = ['区县', '县区', '区/县', '县', '区县名称', '名称', '地区', '行政区', '单位', 'county', 'district', 'name', 'region', 'unit'];
const PREFECTURE_NAME_HEADERS = ['市', '地市', '城市', '市州', '区县', '名称', '地区', 'city', 'prefecture', 'name', 'region'];
const PARENT_HEADERS = ['市', '地市', '城市', '市州', '所属市', 'city', 'prefecture'];

function findHeader(columns: readonly string[], names: readonly string[], except: readonly string[] = []): string | undefined {
  for (const name of names) {
    const found = columns.find((column) => !except.includes(column) && normaliseName(column).toLowerCase() === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

export type JoinLevel = 'prefecture' | 'county';

export interface KeyColumns {
  key: string | undefined;
  parent: string | undefined;
}

/** A code column first (it is exact), else a name column; for counties a prefecture column beside it. */
export function guessKeyColumns(columns: readonly string[], level: JoinLevel): KeyColumns {
  const code = findHeader(columns, CODE_HEADERS);
  if (code !== undefined) return { key: code, parent: undefined };
  const key = findHeader(columns, level === 'county' ? NAME_HEADERS : PREFECTURE_NAME_HEADERS);
  const parent = level === 'county' && key !== undefined ? findHeader(columns, PARENT_HEADERS, [key]) : undefined;
  return { key, parent };
}

/** Columns where at least half of the non-empty cells, and at least one, read as numbers. */
export function numericColumns(table: Table, exclude: readonly string[] = []): string[] {
  return table.columns.filter((column) => {
    if (exclude.includes(column)) return false;
    let filled = 0;
    let numbers = 0;
    for (const row of table.rows) {
      const cell = row.cells[column]?.trim() ?? '';
      if (cell === '') continue;
      filled++;
      if (parseNumericCell(cell) !== undefined) numbers++;
    }
    return numbers > 0 && numbers * 2 >= filled;
  });
}

/**
 * The unit a header names in brackets, as statistical tables write it: "GDP（亿元）" → "亿元",
 * "人口(万人)" → "万人". Undefined when there is none.
 */
export function unitFromHeader(header: string): string | undefined {
  const match = /[(（]([^()（）]+)[)）]\s*$/.exec(header.normalize('NFKC'));
  return match?.[1]?.trim() || undefined;
}
