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
export { joinRows } from '../join/join-table.ts';

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
