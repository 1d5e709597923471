// What an import read from a file's bytes (a workbook's sheets, a CSV's text and grid), kept for the
// next import of the same bytes, so the mapping step's preview and the planner's confirmation read the
// file once. One cache belongs to one file; it is dropped with the worker that holds the file.

export interface ReadCache {
  /** the value `read` gave the first time `key` was asked for (a rejected promise too: the same message again) */
  once<T>(key: string, read: () => T): T;
}

export function createReadCache(): ReadCache {
  const kept = new Map<string, unknown>();
  return {
    once<T>(key: string, read: () => T): T {
      if (!kept.has(key)) kept.set(key, read());
      return kept.get(key) as T;
    },
  };
}
