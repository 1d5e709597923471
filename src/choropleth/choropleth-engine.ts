// The heavy half of the choropleth, loaded on first use: reading a table file, indexing the division
// list and building the model (CSV parser, name matching, simple-statistics, d3 palettes).
import type { UnitCollection } from '../data/load-boundaries.ts';
import { decodeBytes } from '../import/decode.ts';
import { buildDivisionIndex, type Division, type DivisionIndex } from '../join/division-index.ts';
import { readCsvTable } from '../join/read-csv-table.ts';
import { guessKeyColumns, numericColumns, type JoinLevel, type Table } from '../join/table.ts';
import { buildChoropleth, type ChoroplethModel } from './choropleth-model.ts';
import type { ChoroplethSpec } from './choropleth-spec.ts';
import type { StoredTable } from './table-store.ts';

export { guessKeyColumns, numericColumns };
// the downloads of the coloured units travel with the engine (class bounds need simple-statistics' module)
export { choroplethCsv, choroplethGeoJSON } from './choropleth-download.ts';
import { joinRows } from '../join/join-table.ts';

export async function readTableFile(file: File): Promise<Table> {
  return readCsvTable(decodeBytes(await file.arrayBuffer()).text);
}

const divisionOf = (feature: UnitCollection['features'][number]): Division => {
  const { adcode, name_zh, name_en, parent } = feature.properties;
  return { adcode, name_zh, name_en, parent };
};

export interface DivisionSource {
  prefectures: UnitCollection;
  loadCounties(): Promise<UnitCollection>;
}

const indexes = new Map<JoinLevel, DivisionIndex>();

export async function divisionIndex(level: JoinLevel, source: DivisionSource): Promise<DivisionIndex> {
  const known = indexes.get(level);
  if (known) return known;
  const prefectures = source.prefectures.features.map(divisionOf);
  const index =
    level === 'prefecture'
      ? buildDivisionIndex(prefectures)
      : buildDivisionIndex((await source.loadCounties()).features.map(divisionOf), prefectures.filter((unit) => unit.parent === '510000'));
  indexes.set(level, index);
  return index;
}

export async function modelFor(stored: StoredTable, spec: ChoroplethSpec, source: DivisionSource): Promise<ChoroplethModel> {
  const index = await divisionIndex(stored.level, source);
  return buildChoropleth({ table: stored.table, tableName: stored.name, level: stored.level, key: stored.key, parent: stored.parent, spec, index });
}

export interface JoinChoice {
  level: JoinLevel;
  key: string;
  parent: string | undefined;
  /** the numeric columns, key columns left out */
  values: string[];
}

/** Joins to the level where more rows match: a county table names counties, a city table cities. */
export async function chooseJoin(table: Table, source: DivisionSource): Promise<JoinChoice> {
  let best: (JoinChoice & { matched: number }) | null = null;
  for (const level of ['prefecture', 'county'] as const) {
    const { key, parent } = guessKeyColumns(table.columns, level);
    const keyColumn = key ?? table.columns[0] ?? '';
    const index = await divisionIndex(level, source);
    const rows = table.rows.map((row) => ({ n: row.n, key: row.cells[keyColumn] ?? '', ...(parent ? { parent: row.cells[parent] ?? '' } : {}) }));
    const matched = joinRows(index, rows).matched.length;
    if (best === null || matched > best.matched) best = { level, key: keyColumn, parent, values: [], matched };
  }
  const chosen = best as JoinChoice & { matched: number };
  return { level: chosen.level, key: chosen.key, parent: chosen.parent, values: numericColumns(table, [chosen.key, ...(chosen.parent ? [chosen.parent] : [])]) };
}
