// A joined table in a project file (the one the choropleth is coloured from), checked field by field
// as the choropleth panel would read it from the browser's store. Pure.
import type { StoredTable } from '../choropleth/table-store.ts';
import type { TableRow } from '../join/table.ts';
import { FieldProblem, isRecord, optionalText, text } from './project-fields.ts';

const JOIN_LEVELS = new Set(['prefecture', 'county']);
/** as the choropleth's URL form (choropleth-spec.ts) takes a table id */
const TABLE_ID = /^[\w-]{1,80}$/;

function decodeRow(value: unknown, path: string): TableRow {
  if (!isRecord(value) || typeof value.n !== 'number' || !Number.isInteger(value.n) || value.n < 1) throw new FieldProblem(`${path}.n`);
  const cells = value.cells;
  if (!isRecord(cells) || !Object.values(cells).every((cell) => typeof cell === 'string')) throw new FieldProblem(`${path}.cells`);
  return { n: value.n, cells: cells as Record<string, string> };
}

export function decodeTable(value: unknown, i: number): StoredTable {
  const path = `tables[${i}]`;
  if (!isRecord(value)) throw new FieldProblem(path);
  const id = text(value, 'id', path);
  if (!TABLE_ID.test(id)) throw new FieldProblem(`${path}.id`);
  const name = text(value, 'name', path);
  const level = text(value, 'level', path);
  if (!JOIN_LEVELS.has(level)) throw new FieldProblem(`${path}.level`);
  const createdAt = text(value, 'createdAt', path);
  if (Number.isNaN(Date.parse(createdAt))) throw new FieldProblem(`${path}.createdAt`);
  const table = value.table;
  if (!isRecord(table)) throw new FieldProblem(`${path}.table`);
  const columns = table.columns;
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every((column) => typeof column === 'string')) throw new FieldProblem(`${path}.table.columns`);
  if (!Array.isArray(table.rows)) throw new FieldProblem(`${path}.table.rows`);
  const rows = table.rows.map((row: unknown, k) => decodeRow(row, `${path}.table.rows[${k}]`));
  const key = text(value, 'key', path);
  if (!columns.includes(key)) throw new FieldProblem(`${path}.key`);
  const parent = optionalText(value, 'parent', path);
  if (parent !== undefined && !columns.includes(parent)) throw new FieldProblem(`${path}.parent`);
  return { id, name, table: { columns: columns as string[], rows }, level: level as StoredTable['level'], key, ...(parent === undefined ? {} : { parent }), createdAt };
}
