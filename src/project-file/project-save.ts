// "Save project": the planner's layers with their filters, the table the choropleth names, and the
// page's state as the permalink writes it, downloaded as one .json file. Part of the project chunk.
import type { Lang } from '../types.ts';
import type { AppState } from '../state/app-state.ts';
import type { UserLayersState } from '../user-data/user-layers-state.ts';
import type { TableStore } from '../choropleth/table-store.ts';
import { triggerDownload } from '../download/trigger-download.ts';
import { encodeProject, projectFromLayers } from './project-codec.ts';
import { projectFileName, projectText } from './project-text.ts';

export interface SaveOptions {
  state: AppState;
  /** the state as the permalink writes it (its query string, with "?") */
  search: string;
  layers: UserLayersState;
  tables: TableStore;
  now?: Date;
}

/** Downloads the project and returns what the status line says, in the language asked for. */
export async function saveProject({ state, search, layers, tables, now = new Date() }: SaveOptions): Promise<(lang: Lang) => string> {
  const tableId = state.choropleth?.table;
  // A table named by the link but not in this browser (coloured from the link's chv values) is not
  // saved: the values travel in the query string instead.
  const table = tableId === undefined ? undefined : await tables.get(tableId).catch(() => undefined);
  const project = projectFromLayers(layers.getLayers(), (id) => layers.getFilter(id), search, now, table ? [table] : []);
  const file = projectFileName(state.lang, now);
  triggerDownload(file, new Blob([encodeProject(project)], { type: 'application/json' }));
  return (lang) => projectText(lang, 'projectFile.saved', { file, layers: project.layers.length });
}
