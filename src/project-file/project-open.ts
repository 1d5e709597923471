// "Open project…": reads the file, and only when all of it is good keeps its tables and layers in
// this browser and applies its state. The layers are added beside the reader's own (as uMap and
// kepler.gl add an imported map's data to what is loaded): nothing the reader has is replaced, and
// the state change is one history entry, so Back returns to the reader's previous view. A refused
// file, or a write this browser refuses, changes nothing. Part of the project chunk.
import type { Lang } from '../types.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import type { UrlIssue } from '../state/url-codec.ts';
import type { StoredTable, TableStore } from '../choropleth/table-store.ts';
import type { UserLayersState } from '../user-data/user-layers-state.ts';
import type { UserLayersController } from '../user-data/user-layers-controller.ts';
import type { Wording } from '../user-data/localised-text.ts';
import { decodeProject, layersFromProject } from './project-codec.ts';
import { projectProblemMessage } from './project-problem.ts';
import { stateFromProject } from './project-state.ts';
import { projectText } from './project-text.ts';

export interface OpenOptions {
  store: Store;
  /** the permalink's parser: the state a query string gives */
  parse(search: string): { state: AppState; issues: UrlIssue[] };
  controller: UserLayersController;
  layers: UserLayersState;
  tables: TableStore;
  /** words a failed read or write (describe-error.ts) */
  describe(error: unknown, lang: Lang): string;
  now?: Date;
}

/** the message is worded in the language asked for, so it follows a later switch */
export type OpenResult = { ok: true; message: Wording; issues: UrlIssue[] } | { ok: false; message: Wording };

export async function openProject(file: File, options: OpenOptions): Promise<OpenResult> {
  let raw: string;
  try {
    raw = await file.text();
  } catch (error) {
    return { ok: false, message: (lang) => projectText(lang, 'projectFile.problem.unreadable', { file: JSON.stringify(file.name), reason: options.describe(error, lang) }) };
  }
  const decoded = decodeProject(raw);
  if (!decoded.ok) {
    const { problem } = decoded;
    return { ok: false, message: (lang) => projectProblemMessage(problem, file.name, lang) };
  }
  const { project } = decoded;
  const { state: saved, issues } = options.parse(project.search);
  const { layers, filters } = layersFromProject(project, newLayerId, options.now ?? new Date());
  let undoTables: () => Promise<void>;
  try {
    undoTables = await keepTables(options.tables, project.tables);
  } catch (error) {
    return notStored(file, error, options.describe);
  }
  // the filters first: the layers panel draws each row's filter when the layer arrives
  for (const [id, filter] of filters) options.layers.setFilter(id, filter);
  try {
    await options.controller.restore(layers);
  } catch (error) {
    for (const id of filters.keys()) options.layers.setFilter(id, undefined);
    await undoTables();
    return notStored(file, error, options.describe);
  }
  // after the layers: their arrival has written this browser's my= list, which the project keeps
  options.store.dispatch(stateFromProject(saved, options.store.getState()));
  return { ok: true, issues, message: (lang) => projectText(lang, 'projectFile.opened', { file: JSON.stringify(file.name), layers: layers.length }) };
}

function notStored(file: File, error: unknown, describe: OpenOptions['describe']): OpenResult {
  return { ok: false, message: (lang) => projectText(lang, 'projectFile.problem.notStored', { file: JSON.stringify(file.name), reason: describe(error, lang) }) };
}

/**
 * Keeps the project's tables under their ids (its query string names them so). Returns how to take
 * them back: a table the reader already had under that id is put back as it was, a new one removed.
 */
async function keepTables(store: TableStore, tables: readonly StoredTable[]): Promise<() => Promise<void>> {
  const before = new Map<string, StoredTable | undefined>();
  const undo = async () => {
    await Promise.allSettled([...before].map(([id, previous]) => (previous ? store.put(previous) : store.remove(id))));
  };
  try {
    for (const table of tables) {
      if (!before.has(table.id)) before.set(table.id, await store.get(table.id));
      await store.put(table);
    }
  } catch (error) {
    await undo();
    throw error;
  }
  return undo;
}

function newLayerId(): string {
  // randomUUID needs a secure context; plain-http hosting still gets a unique enough id.
  return globalThis.crypto?.randomUUID?.() ?? `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
