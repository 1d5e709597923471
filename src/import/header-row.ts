// Finds the header row of a sheet. Planners' sheets often start with a title ("2024年重点项目表"),
// a unit line ("单位：万元") or a blank row above the real header, usually one merged cell wide.
import { isEmptyCell, type CellValue } from './table.ts';
import { columnRoleForHeader } from './column-roles.ts';

/** How many rows from the top are looked at; a header further down is given by the user. */
const LOOK_AT = 15;

/**
 * The 1-based row number of the header: the first of the top rows that is filled across most of
 * the table's width with text (not numbers), preferring a row that names a known column.
 */
export function detectHeaderRow(grid: readonly (readonly CellValue[])[]): number {
  const top = grid.slice(0, LOOK_AT);
  const filled = top.map((row) => row.filter((cell) => !isEmptyCell(cell)).length);
  const width = Math.max(0, ...grid.slice(0, LOOK_AT * 4).map((row) => row.filter((cell) => !isEmptyCell(cell)).length));
  if (width === 0) return 1;
  let fallback: number | undefined;
  for (const [i, row] of top.entries()) {
    const count = filled[i] ?? 0;
    if (count < Math.max(1, Math.ceil(width * 0.6))) continue;
    const texts = row.filter((cell) => typeof cell === 'string' && cell.trim() !== '');
    if (texts.length < count) continue; // a row with numbers is data, not a header
    if (texts.some((cell) => columnRoleForHeader(String(cell)) !== undefined)) return i + 1;
    fallback ??= i + 1;
  }
  return fallback ?? 1;
}
