// Mounts the planner's own data: the layers panel, the drop zone over the map, the map layers, and
// loads the saved layers. One call from main.ts.
import type L from 'leaflet';
import type { Lang } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { mountUserLayers } from '../map/user-layer';
import { userLayersState } from './user-layers-state';
import { createUserLayersController } from './user-layers-controller';
import { createLayerStore, idbLayerBackend, layerBackendWithFallback } from '../import/layer-store';
import { connectLayersSync } from './layers-sync';
import { syncLayerRefs } from './layer-refs-sync';
import { mountLayersPanel } from './layers-panel';
import { mountDropZone } from './drop-zone';
import { lazyPart, loadWithFeedback } from '../ui/lazy-part';
import { el } from '../ui/dom';
import { describeError } from './describe-error';
import { requestFrame } from './frame-request';
import { givePageBack } from '../ui/page-slices';
import { featuresBBox } from '../import/feature-label';
import type { Feature } from 'geojson';
import '../styles/user-data.css';
import type { Teardown } from '../ui/teardown';
import type { AppState } from '../state/app-state';
import type { UrlIssue } from '../state/url-codec';
import type { UserLayersController } from './user-layers-controller';
import type { UserNarrowingSource } from '../state/user-narrowing-source';

export interface UserDataOptions {
  panelStack: HTMLElement;
  mapContainer: HTMLElement;
  map: L.Map;
  store: Store;
  /** shows a notice (a layer named by the link that this browser does not have) */
  report: (message: string) => void;
  /** where "Save project" and "Open project…" go, and the permalink's state they save and restore */
  project?: ProjectOptions;
  /** the spatial questions' narrowing of the layers on the map */
  narrowing?: UserNarrowingSource;
}

export interface ProjectOptions {
  container: HTMLElement;
  /** the current state as the permalink writes it (query string with "?") */
  search(): string;
  parse(search: string): { state: AppState; issues: UrlIssue[] };
  /** reports the parameters of an opened project's state that were ignored */
  onIssues(issues: UrlIssue[]): void;
}

export function mountUserData({ panelStack, mapContainer, map, store, report, project, narrowing }: UserDataOptions): Teardown {
  const getLang = () => store.getState().lang;
  const state = userLayersState;
  // Without usable IndexedDB the layers live in memory for this visit, and the panel says so once.
  const backend = layerBackendWithFallback(() => idbLayerBackend(), () => panel.setSessionOnly());
  const sync = connectLayersSync(() => void controller.load().catch(reportLoadFailure));
  const controller = createUserLayersController(state, createLayerStore({ backend }), () => sync.announce());
  // A layer just imported is framed on the map, so the planner sees where their data fell.
  // The framing waits for a task of its own: adding a layer of 200,000 features already redraws the
  // panel, the table and the scene in this one, and the page should not freeze for both.
  const addAndFrame = async (name: string, features: Feature[]) => {
    await controller.add(name, features);
    await givePageBack();
    requestFrame(featuresBBox(features));
  };
  // The importer (parsers, checks, fixes) is fetched when the first file is dropped or chosen;
  // restoring the saved layers at the start does not need it.
  const runner = lazyPart(() =>
    import('./import-runner').then(({ createImportRunner }) =>
      createImportRunner({ progress: panel.progress, steps: panel.steps, alerts: panel.alerts, status: panel.status, getLang, addLayer: addAndFrame }),
    ),
  );
  const importFiles = (files: File[]) =>
    void loadWithFeedback(runner, { lang: getLang, part: 'lazy.part.import', anchor: panel.status }).then((ready) => ready?.importFiles(files));
  const panel = mountLayersPanel({
    container: panelStack,
    state,
    controller,
    getLang,
    onFiles: importFiles,
    onError: (message) => panel.alerts.append(el('p', { class: 'import-problem', 'data-testid': 'import-alert' }, message)),
    narrowing,
  });
  const projectControls = project && mountProjectWhenShown(project, { store, controller, getLang });
  const dropZone = mountDropZone(mapContainer, importFiles);
  const mapLayers = mountUserLayers(map, state, getLang, narrowing);
  const applyLang = () => {
    dropZone.setLabel(translate(getLang(), 'mydata.dropHere'));
    panel.render();
    projectControls?.applyLang();
    runner.loaded()?.applyLang();
  };
  applyLang();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) applyLang();
  });
  function reportLoadFailure(error: unknown): void {
    panel.alerts.append(el('p', { class: 'import-problem' }, translate(getLang(), 'mydata.loadFailed', { reason: describeError(error, getLang()) })));
  }
  const loaded = controller.load().catch(reportLoadFailure);
  const stopRefs = syncLayerRefs({ store, state, loaded, report });
  return () => {
    projectControls?.teardown();
    stopRefs();
    unsubscribe();
    sync.close();
    runner.loaded()?.teardown();
    dropZone.teardown();
    mapLayers.teardown();
    panel.teardown();
  };
}

// Save project / Open project…: fetched and mounted the first time My data is open (at the start
// when the link opens it), so the first view of the map carries none of it.
function mountProjectWhenShown(options: ProjectOptions, app: { store: Store; controller: UserLayersController; getLang(): Lang }): { applyLang(): void; teardown(): void } {
  const { store, getLang } = app;
  const part = lazyPart(() => import('../project-file/project-mount'));
  let controls: { applyLang(): void } | undefined;
  let started = false;
  let stopped = false;
  const mountIfShown = () => {
    if (started || store.getState().panelTab !== 'mydata') return;
    started = true;
    void loadWithFeedback(part, { lang: getLang, part: 'lazy.part.project', anchor: options.container }).then((ready) => {
      // a failed fetch is said by loadWithFeedback; the next opening of the tab tries again
      if (!ready) started = false;
      else if (!stopped) controls = ready.mountProject({ ...options, ...app, layers: userLayersState });
    });
  };
  mountIfShown();
  const unsubscribe = store.subscribe(mountIfShown);
  return {
    applyLang: () => controls?.applyLang(),
    teardown: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
