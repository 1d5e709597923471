// "Project file" in My data, wired: the controls, Save (project-save.ts) and Open (project-open.ts).
// Fetched as one chunk when My data is first opened (mount-user-data.ts), so the first view of the
// app carries none of it.
import type { Lang } from '../types.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import type { UrlIssue } from '../state/url-codec.ts';
import type { UserLayersState } from '../user-data/user-layers-state.ts';
import type { UserLayersController } from '../user-data/user-layers-controller.ts';
import { idbTableStore } from '../choropleth/table-store.ts';
import { describeError } from '../user-data/describe-error.ts';
import { mountProjectControls, type ProjectControls } from './project-controls.ts';
import { saveProject } from './project-save.ts';
import { openProject } from './project-open.ts';

export interface ProjectMountOptions {
  container: HTMLElement;
  getLang(): Lang;
  store: Store;
  controller: UserLayersController;
  layers: UserLayersState;
  /** the current state as the permalink writes it (query string with "?") */
  search(): string;
  parse(search: string): { state: AppState; issues: UrlIssue[] };
  /** reports the parameters of an opened project's state that were ignored */
  onIssues(issues: UrlIssue[]): void;
}

export function mountProject(options: ProjectMountOptions): ProjectControls {
  const { store, layers, controller } = options;
  const tables = idbTableStore();
  return mountProjectControls({
    container: options.container,
    getLang: options.getLang,
    save: () => saveProject({ state: store.getState(), search: options.search(), layers, tables }),
    open: async (file) => {
      const result = await openProject(file, { store, parse: options.parse, controller, layers, tables, describe: describeError });
      if (result.ok) options.onIssues(result.issues);
      return result;
    },
  });
}
