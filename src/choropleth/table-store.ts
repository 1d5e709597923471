// The tables a planner joined to the map, kept in the browser (IndexedDB) between visits like the
// imported layers. A table is kept with how it joins (level, key column); the colouring is in the URL.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { JoinLevel, Table } from '../join/table.ts';

export interface StoredTable {
  id: string;
  /** the file's name */
  name: string;
  table: Table;
  level: JoinLevel;
  /** the column naming the units (a code or a name) */
  key: string;
  /** a column naming each row's prefecture, to tell apart counties of the same name */
  parent?: string;
  createdAt: string;
}

export interface TableStore {
  get(id: string): Promise<StoredTable | undefined>;
  put(table: StoredTable): Promise<void>;
  remove(id: string): Promise<void>;
  list(): Promise<StoredTable[]>;
}

export function idbTableStore(dbName = 'chengyu-map-tables', storeName = 'tables'): TableStore {
  let store: UseStore | undefined;
  const useStore = () => (store ??= createStore(dbName, storeName));
  return {
    get: (id) => get<StoredTable>(id, useStore()),
    put: (table) => set(table.id, table, useStore()),
    remove: (id) => del(id, useStore()),
    list: async () => (await values<StoredTable>(useStore())).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
}

export function newTableId(): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `t${Date.now().toString(36)}${random}`.replace(/[^\w-]/g, '');
}
