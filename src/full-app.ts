// The full app: header, tools, panels, the map with features, export and user data. Loaded by
// main.ts as its own chunk (the embed does not need it). Mount new panels here.
import { createStore } from './state/store';
import { startUrlSync } from './state/url-sync';
import { localName, translate } from './i18n/translate';
import { formatUrlIssue } from './state/url-issue-text';
import { loadBaseBoundaries, loadCountyBoundaries, loadManifest } from './data/load-boundaries';
import { UnitCatalog } from './map/unit-catalog';
import { mountMap } from './map/map-view';
import { createLayout } from './ui/layout';
import { createNotices } from './ui/notices';
import { mountHeader } from './ui/header';
import { mountLanguageSwitch } from './ui/language-switch';
import { mountDetailsPanel } from './ui/details-panel';
import { measuredPaddingAroundPanel, measuredViewport } from './ui/fit-padding';
import { mountPanelTabs } from './ui/panel-tabs';
import { listFeatures } from './ui/feature-list-model';
import { checkSelectedUnits } from './ui/selection-check';
import { describeUnknownId, findUnknownIds } from './state/unknown-ids';
import { mountUserData } from './user-data/mount-user-data';
import { mountChoroplethPanel } from './choropleth/choropleth-panel';
import { mountMapLegend } from './choropleth/map-legend';
import { choroplethState } from './choropleth/choropleth-state';
import { loadFeatures } from './data/load-features';
import { mountFeatureView } from './map/feature-view';
import { addTouchPick } from './map/touch-pick';
import { keepSelectionClear } from './map/keep-selection-clear';
import { mountLayersPanel } from './ui/layers-panel';
import { mountFiltersPanel } from './ui/filters-panel';
import { mountTimelinePanel } from './timeline/timeline-panel';
import './styles/explore.css';
import { createSceneSource, type SceneSource } from './state/scene-source';
import { createQuestionAnswers } from './ui/question-answers';
import { userLayersState } from './user-data/user-layers-state';
import { sceneUserLayer } from './user-data/scene-user-layer';
import { requestFrame, setFrameHandler } from './user-data/frame-request';
import { mountUserFeatureList } from './user-data/user-feature-list';
import { mountUserLegend } from './user-data/user-legend';
import { userTableRows } from './user-data/user-table-model';
import { featuresBBox } from './import/feature-label';
import type { ProjectFeature } from './types';
import { createGoTo } from './ui/go-to';
import { mountSearchBox, type UserSearchFeature } from './ui/search-box';
import { mountFeatureDetails } from './ui/feature-details';
import { mountFeatureList } from './ui/feature-list';
import './styles/details.css';
import { mountExportButton } from './export-ui/export-dialog';
import { mountEmbedButton } from './ui/embed-dialog';
import { mountCopyLinkButton } from './ui/copy-link';
import './styles/export.css';
import { mountQuestions, mountQuestionsPanelWithDrawing } from './ui/mount-questions';
import { mountAnnotations } from './ui/mount-annotations';
import './styles/questions.css';
import { mountMajorProjects } from './charts/major-projects-view';
import { mountAboutButton } from './ui/about-dialog';
import type { AppState } from './state/app-state';
import type { UrlCodec, UrlIssue } from './state/url-codec';
import { createTeardowns, type Teardown } from './ui/teardown';

export interface FullAppStart {
  root: HTMLElement;
  initial: AppState;
  issues: UrlIssue[];
  urlCodec: UrlCodec;
  defaults: AppState;
}

export interface FullApp {
  teardown: Teardown;
  /** store, scene and shared-state (choropleth, planner's layers) subscribers still listening (none once torn down) */
  subscriberCount(): number;
}

/** Mounts the full app into root; returns the teardown (every subscription, listener and timer goes, and root is emptied). */
export function startFullApp({ root, initial, issues, urlCodec, defaults }: FullAppStart): FullApp {
  const teardowns = createTeardowns();
  const layout = createLayout(root);
  teardowns.add(() => {
    root.replaceChildren();
    delete document.body.dataset.ready;
  });
  const store = createStore(initial);
  let currentScene: SceneSource | null = null;
  const notices = createNotices(layout.notices, () => store.getState().lang);
  const report = (messages: string[]) => notices.show(messages);
  const reportIssues = (list: typeof issues) => report(list.map((issue) => formatUrlIssue(issue, store.getState().lang)));
  reportIssues(issues);
  teardowns.add(startUrlSync({ store, codec: urlCodec, defaults, onIssues: reportIssues }));
  teardowns.add(mountHeader(layout.title, store));
  teardowns.add(mountLanguageSwitch(layout.tools, store));

  async function start(): Promise<void> {
    layout.mapContainer.setAttribute('aria-busy', 'true');
    const [base, manifest] = await Promise.all([loadBaseBoundaries(), loadManifest()]);
    if (teardowns.done) return;
    // the site's published layers (data/layers/): their code and data only when the build has some;
    // a failure is reported and the rest of the map works. Their legend goes above the planner's.
    const publishedLegend = document.createElement('div');
    const publishedLoad = manifest.layers.length === 0
      ? Promise.resolve(null)
      : import('./user-data/mount-published').then(({ mountPublished }) => mountPublished(publishedLegend, store)).catch((error: unknown) => {
          report([translate(store.getState().lang, 'map.loadFailed', { reason: error instanceof Error ? error.message : String(error) })]);
          return null;
        });
    const catalog = new UnitCatalog();
    catalog.add(base.provinces);
    catalog.add(base.prefectures);
    // Panels live in tabs (tab= in the URL); a selection's details sit above them.
    let listCount: ((state: AppState) => number) | null = null;
    // On a phone the sheet starts folded to its handle, so the first view is the map, unless the link
    // opens something to read (a selection or another tab).
    const phone = window.matchMedia('(max-width: 640px)').matches;
    const startFolded = phone && initial.selection === null && initial.panelTab === defaults.panelTab;
    const tabs = mountPanelTabs({ stack: layout.panelStack, store, startCollapsed: startFolded, counts: (state) => (listCount ? { list: listCount(state) } : {}) });
    teardowns.add(tabs.teardown);
    const details = mountDetailsPanel(tabs.details, store, catalog);
    teardowns.add(details.teardown);
    const mapHandle = mountMap({
      container: layout.mapContainer,
      store,
      base,
      manifest,
      catalog,
      loadCounties: loadCountyBoundaries,
      onCountiesLoaded: (counties) => {
        catalog.add(counties);
        details.refresh();
      },
      onError: (message) => report([message]),
      // Fit into the part of the map the side panel leaves uncovered.
      fitPadding: () => measuredPaddingAroundPanel(layout.mapContainer, layout.panelStack),
    });
    teardowns.add(mapHandle.teardown);
    // A file dropped on the map opens My data, where its progress and any problems are shown.
    layout.mapContainer.addEventListener('drop', () => store.dispatch({ panelTab: 'mydata' }), { capture: true });
    // Search hits and list rows select and frame their feature as one state change; the map follows.
    // "Zoom to" a planner's layer or feature is a state change through the view too.
    const goTo = createGoTo(store, () => measuredViewport(layout.mapContainer, layout.panelStack));
    teardowns.add(setFrameHandler(goTo.bounds));
    teardowns.add(mountUserData({ panelStack: tabs.panels.mydata, mapContainer: layout.mapContainer, map: mapHandle.map, store, report: (message) => report([message]) }));
    // Colouring units by a table: counties stay on the map at every zoom while they are coloured.
    const choroplethLegend = mountMapLegend(mapHandle.map, () => store.getState().lang);
    teardowns.add(choroplethState.subscribe(() => mapHandle.counties.setAlwaysShown(choroplethState.get()?.level === 'county')));
    teardowns.add(
      store.subscribe((next, previous) => {
        if (next.lang !== previous.lang) choroplethLegend.render();
      }),
    );
    const choroplethPanel = mountChoroplethPanel({
      container: tabs.panels.mydata,
      store,
      divisions: { prefectures: base.prefectures, loadCounties: loadCountyBoundaries },
      unitName: (adcode) => {
        const unit = catalog.get(adcode)?.properties;
        const parent = unit?.parent ? catalog.get(unit.parent)?.properties : undefined;
        const lang = store.getState().lang;
        return unit ? `${parent && parent.level !== 'province' ? `${localName(parent, lang)} ` : ''}${localName(unit, lang)} (${adcode})` : adcode;
      },
      report: (message) => report([message]),
    });
    teardowns.add(choroplethPanel.teardown);
    const projects = await loadFeatures();
    if (teardowns.done) return;
    // load-features checked that every feature has a string id
    const exportFeatures = projects.features as ProjectFeature[];
    // The questions panel first: the answers show their "Loading…" there.
    const questionsPanel = mountQuestionsPanelWithDrawing({ store, map: mapHandle.map, parent: tabs.panels.questions, features: exportFeatures, prefectures: base.prefectures.features });
    teardowns.add(questionsPanel.teardown);
    // One scene for every view and the export: state + data + the questions' answer.
    let scene: SceneSource | null = null;
    const answers = createQuestionAnswers({
      features: exportFeatures,
      prefectures: base.prefectures.features,
      lang: () => store.getState().lang,
      anchor: () => questionsPanel.results,
      report: (message) => report([message]),
      onChange: () => scene?.refresh(),
    });
    const sceneSource = createSceneSource({ store, features: exportFeatures, answers: answers.answers });
    scene = sceneSource;
    currentScene = sceneSource;
    teardowns.add(() => sceneSource.dispose());
    const shownUserLayers = () => sceneSource.setUserLayers(userLayersState.getShownLayers().map((layer) => sceneUserLayer(layer, userLayersState.getLayers())));
    shownUserLayers();
    teardowns.add(userLayersState.subscribe(shownUserLayers));
    const unmountPublished = await publishedLoad;
    if (teardowns.done) return unmountPublished?.();
    if (unmountPublished) teardowns.add(unmountPublished);
    teardowns.add(mountFeatureView(mapHandle.map, store, sceneSource, projects, { labels: mapHandle.labels }).teardown);
    // the planner's notes, arrows and highlights: drawn from the state, added with the Annotate tool
    teardowns.add(mountAnnotations(mapHandle.map, store));
    // phones (the bottom-sheet layout): taps pick the nearest symbol; the sheet never hides the selection
    const sheetLayout = () => window.matchMedia('(max-width: 640px)').matches;
    teardowns.add(addTouchPick(layout.mapContainer, sheetLayout));
    teardowns.add(keepSelectionClear(mapHandle.map, store, exportFeatures, layout.panelStack, sheetLayout));
    teardowns.add(mountLayersPanel(tabs.panels.layers, store, sceneSource, projects));
    tabs.panels.layers.append(publishedLegend);
    teardowns.add(mountUserLegend(tabs.panels.layers, store));
    teardowns.add(mountFiltersPanel(tabs.panels.layers, { store, scene: sceneSource, collection: projects, prefectures: base.prefectures.features.map((f) => f.properties) }));
    teardowns.add(mountTimelinePanel(tabs.panels.layers, store, sceneSource, exportFeatures));
    const unitName = (adcode: string) => catalog.get(adcode)?.properties;
    listCount = (state) => listFeatures({ visible: sceneSource.get().shown, search: state.search, sort: null, lang: state.lang }).length;
    tabs.refresh();
    teardowns.add(sceneSource.subscribe(() => tabs.refresh()));
    // the planner's named features for the search, rebuilt when their layers change
    // (collected when the search first asks after a change, not on every change: a layer can hold 200,000)
    let userSearchFeatures: UserSearchFeature[] | undefined;
    const collectUserFeatures = () =>
      (userSearchFeatures ??= userTableRows(userLayersState.getShownLayers()).flatMap((row, index) =>
        row.name === undefined ? [] : [{ layerId: row.layerId, layerName: row.layer, index, name: row.name, feature: row.feature }]));
    teardowns.add(userLayersState.subscribe(() => (userSearchFeatures = undefined)));
    teardowns.add(mountSearchBox(layout.tools, {
      store,
      features: exportFeatures,
      catalog,
      onChooseFeature: goTo.feature,
      onChooseUnit: (entry) => goTo.unit(entry.properties.adcode, entry.bbox),
      userFeatures: collectUserFeatures,
      onChooseUserFeature: (item) => requestFrame(featuresBBox([item.feature])),
    }));
    teardowns.add(mountFeatureDetails(tabs.details, { store, features: exportFeatures, prefectureName: unitName, report: (message) => report([message]) }));
    teardowns.add(mountFeatureList(tabs.panels.list, { store, scene: sceneSource, lookup: unitName, onChoose: goTo.feature }));
    teardowns.add(mountUserFeatureList(tabs.panels.list, store));
    // The snapshot source needs the spatial code: fetched with the export chunk on the first click.
    const permalinkOf = (state: AppState) => `${window.location.origin}${window.location.pathname}${urlCodec.serialize(state)}`;
    // One source for the Export dialog and the Embed dialog's social card; a failed load is not kept.
    let snapshotSource: ReturnType<typeof createSource> | null = null;
    const createSource = () =>
      import('./export-ui/snapshot-source').then(({ createSnapshotSource }) => createSnapshotSource({
          store,
          scene: sceneSource,
          base,
          manifest,
          viewportSize: () => ({ width: layout.mapContainer.clientWidth, height: layout.mapContainer.clientHeight }),
          permalink: permalinkOf,
        }));
    const loadSnapshotSource = () =>
      (snapshotSource ??= createSource().catch((error: unknown) => {
        snapshotSource = null;
        throw error;
      }));
    teardowns.add(mountExportButton(layout.tools, store, loadSnapshotSource));
    teardowns.add(
      mountEmbedButton(layout.tools, store, urlCodec, async (words, signal) => {
        const [{ makeSocialCard }, source] = await Promise.all([import('./export-ui/social-card'), loadSnapshotSource()]);
        return makeSocialCard(source, words, store.getState().lang, permalinkOf(store.getState()), signal);
      }),
    );
    teardowns.add(mountCopyLinkButton(layout.tools, store));
    teardowns.add(mountAboutButton(layout.tools, store, exportFeatures.map((f) => f.properties), manifest));
    teardowns.add(mountQuestions({ store, scene: sceneSource, map: mapHandle.map, panel: questionsPanel, chartsParent: tabs.panels.charts, features: exportFeatures, lookup: unitName }));
    teardowns.add(mountMajorProjects(tabs.panels.charts, store));
    teardowns.add(checkSelectedUnits(store, catalog, mapHandle.counties.ensureLoaded, (message) => report([message])));
    // Well-formed prefecture codes that name no unit (city=519999) would silently match nothing.
    const prefectureCodes = new Set(base.prefectures.features.map((f) => f.properties.adcode));
    report(findUnknownIds(store.getState(), { prefectures: prefectureCodes }).map((unknown) => describeUnknownId(unknown, store.getState().lang)));
    layout.mapContainer.removeAttribute('aria-busy');
    document.body.dataset.ready = 'true';
  }

  start().catch((error: unknown) => {
    report([translate(store.getState().lang, 'map.loadFailed', { reason: error instanceof Error ? error.message : String(error) })]);
    if (!teardowns.done) document.body.dataset.ready = 'error';
  });
  return {
    teardown: teardowns.run,
    subscriberCount: () => store.subscriberCount() + (currentScene?.subscriberCount() ?? 0) + choroplethState.subscriberCount() + userLayersState.subscriberCount(),
  };
}
