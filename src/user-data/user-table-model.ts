// The planner's shown features as table rows: the layer, the feature's name (from its layer's name
// column) and every property as its own column, sortable. Pure. Numbers sort as numbers, text in
// the reader's collation; in a column of figures, text cells follow the numbers and unknown values
// go last, whichever the direction, as in the project table.
import type { Feature } from 'geojson';
import type { Lang } from '../types';
import { featureName, layerNameKey } from '../import/feature-label.ts';
import { numericValue } from './layer-filter.ts';

export interface UserTableRow {
  layerId: string;
  layer: string;
  name: string | undefined;
  feature: Feature;
}

/** `layer` and `name` are the fixed columns; any other text is a property name. */
export type UserColumn = { kind: 'layer' } | { kind: 'name' } | { kind: 'property'; key: string };

export interface UserSort {
  column: UserColumn;
  direction: 'ascending' | 'descending';
}

/** Property columns shown at most; the rest are in the downloads and the details. */
export const MAX_PROPERTY_COLUMNS = 12;

export function userTableRows(layers: readonly { id: string; name: string; features: readonly Feature[]; nameColumn?: string }[]): UserTableRow[] {
  return layers.flatMap((layer) => {
    const key = layerNameKey(layer);
    return layer.features.map((feature) => ({ layerId: layer.id, layer: layer.name, name: featureName(feature, key), feature }));
  });
}

/** The first `max` rows of the layers, in order, without making a row of every feature (a layer can hold 200,000). */
export function firstUserRows(layers: Parameters<typeof userTableRows>[0], max: number): UserTableRow[] {
  const rows: UserTableRow[] = [];
  for (const layer of layers) {
    if (rows.length >= max) break;
    rows.push(...userTableRows([{ ...layer, features: layer.features.slice(0, max - rows.length) }]));
  }
  return rows;
}

/** Rows counted for propertyColumns at most, spread evenly over the rows: enough to rank a file's columns. */
export const COLUMN_SAMPLE = 5_000;

/** Every property key in the rows, the most often filled first (first seen breaks ties); counted over at most COLUMN_SAMPLE rows. */
export function propertyColumns(all: readonly UserTableRow[], max = MAX_PROPERTY_COLUMNS): string[] {
  const filled = new Map<string, number>();
  const step = Math.max(1, all.length / COLUMN_SAMPLE);
  const rows = step === 1 ? all : Array.from({ length: Math.floor(all.length / step) }, (_, k) => all[Math.floor(k * step)]!);
  for (const { feature } of rows) {
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      const add = value === null || value === undefined || value === '' ? 0 : 1;
      filled.set(key, (filled.get(key) ?? 0) + add);
    }
  }
  return [...filled].sort((a, b) => b[1] - a[1]).slice(0, max).map(([key]) => key);
}

function cellValue(row: UserTableRow, column: UserColumn): unknown {
  if (column.kind === 'layer') return row.layer;
  if (column.kind === 'name') return row.name;
  return row.feature.properties?.[column.key];
}

const collators = new Map<Lang, Intl.Collator>();
const collatorFor = (lang: Lang) => {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' })));
  return collator;
};

export function sortUserRows(rows: readonly UserTableRow[], sort: UserSort | null, lang: Lang): UserTableRow[] {
  if (!sort) return [...rows];
  const collator = collatorFor(lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => {
    const value = cellValue(row, sort.column);
    const unknown = value === null || value === undefined || value === '';
    return { row, index, unknown, number: unknown ? undefined : numericValue(value), text: unknown ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value) };
  });
  // numbers first, then text that is not a number ("约20" in a column of figures), unknown last
  const rank = (k: (typeof keyed)[number]) => (k.unknown ? 2 : k.number === undefined ? 1 : 0);
  keyed.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (a.unknown) return a.index - b.index;
    const byValue = a.number !== undefined && b.number !== undefined ? a.number - b.number : collator.compare(a.text, b.text);
    return byValue === 0 ? a.index - b.index : sign * byValue;
  });
  return keyed.map(({ row }) => row);
}
