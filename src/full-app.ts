// The full app: header, tools, panels, the map with features, export and user data. Loaded by
// main.ts as its own chunk (the embed does not need it). Mount new panels here.
import { startUrlSync } from './state/url-sync';
import { loadCountyBoundaries } from './data/load-boundaries';
import { loadFailed, startApp, type SceneStage } from './ui/start-sequence';
import type { Teardown } from './ui/teardown';
import { localName, translate } from './i18n/translate';
import { createLayout } from './ui/layout';
import { mountHeader } from './ui/header';
import { mountLanguageSwitch } from './ui/language-switch';
import { mountDetailsPanel } from './ui/details-panel';
import { measuredPaddingAroundPanel, measuredViewport } from './ui/fit-padding';
import { mountPanelTabs } from './ui/panel-tabs';
import { listFeatures } from './ui/feature-list-model';
import { mountUserData } from './user-data/mount-user-data';
import { createUserNarrowingSource } from './state/user-narrowing-source';
import { mountChoroplethPanel } from './choropleth/choropleth-panel';
import { mountMapLegend } from './choropleth/map-legend';
import { choroplethState } from './choropleth/choropleth-state';
import { addTouchPick } from './map/touch-pick';
import { keepSelectionClear } from './map/keep-selection-clear';
import { mountLayersPanel } from './ui/layers-panel';
import { mountFiltersPanel } from './ui/filters-panel';
import { mountTimelinePanel } from './timeline/timeline-panel';
import './styles/explore.css';
import { userLayersState } from './user-data/user-layers-state';
import { sceneUserLayer } from './user-data/scene-user-layer';
import { requestFrame, setFrameHandler } from './user-data/frame-request';
import { mountUserFeatureList } from './user-data/user-feature-list';
import { mountUserLegend } from './user-data/user-legend';
import { userTableRows } from './user-data/user-table-model';
import { featuresBBox } from './import/feature-label';
import { createGoTo } from './ui/go-to';
import { mountSearchBox, type UserSearchFeature } from './ui/search-box';
import { mountFeatureDetails } from './ui/feature-details';
import { mountFeatureList } from './ui/feature-list';
import './styles/details.css';
import { mountExportButton } from './export-ui/export-dialog';
import { mountEmbedButton } from './ui/embed-dialog';
import { mountCopyLinkButton } from './ui/copy-link';
import { mountQuestions, mountQuestionsPanelWithDrawing } from './ui/mount-questions';
import { mountAnnotations } from './ui/mount-annotations';
import './styles/questions.css';
import { mountMajorProjects } from './charts/major-projects-view';
import { mountAboutButton } from './ui/about-dialog';
import type { AppState } from './state/app-state';
import type { UrlCodec, UrlIssue } from './state/url-codec';

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
  let layout!: ReturnType<typeof createLayout>;
  let tabs!: ReturnType<typeof mountPanelTabs>;
  let details!: ReturnType<typeof mountDetailsPanel>;
  let publishedLoad: Promise<Teardown | null> = Promise.resolve(null);
  // the questions narrow the planner's layers on the map as they narrow the projects
  const userNarrowing = createUserNarrowingSource();
  const publishedLegend = document.createElement('div');
  let questionsPanel!: ReturnType<typeof mountQuestionsPanelWithDrawing>;
  let listCount: ((state: AppState) => number) | null = null;
  let goTo!: ReturnType<typeof createGoTo>;
  function mountViews({ store, teardowns, say, base, manifest, catalog, map: mapHandle, collection: projects, projects: exportFeatures, scene: sceneSource }: SceneStage): void {
    // the planner's notes, arrows and highlights: drawn from the state, added with the Annotate tool
    teardowns.add(mountAnnotations(mapHandle.map, store));
    // phones (the bottom-sheet layout): taps pick the nearest symbol; the sheet never hides the selection
    const sheetLayout = () => window.matchMedia('(max-width: 640px)').matches;
    teardowns.add(addTouchPick(layout.mapContainer, sheetLayout));
    teardowns.add(keepSelectionClear(mapHandle.map, store, exportFeatures, layout.panelStack, sheetLayout));
    teardowns.add(mountLayersPanel(tabs.panels.layers, store, sceneSource, projects));
    tabs.panels.layers.append(publishedLegend);
    teardowns.add(mountUserLegend(tabs.panels.layers, store, userLayersState, userNarrowing));
    teardowns.add(mountFiltersPanel(tabs.panels.layers, { store, scene: sceneSource, collection: projects, prefectures: base.prefectures.features.map((f) => f.properties) }));
    teardowns.add(mountTimelinePanel(tabs.panels.layers, store, sceneSource));
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
    teardowns.add(mountFeatureDetails(tabs.details, { store, features: exportFeatures, prefectureName: unitName, report: say }));
    teardowns.add(mountFeatureList(tabs.panels.list, { store, scene: sceneSource, lookup: unitName, onChoose: goTo.feature }));
    teardowns.add(mountUserFeatureList(tabs.panels.list, sceneSource));
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
        }).then((source) => {
          // it follows the scene until the app is torn down (at once if that already happened)
          teardowns.add(source.dispose);
          return source;
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
  }

  const app = startApp({
    root,
    initial,
    issues,
    lang: (store) => store.getState().lang,
    featureTabStops: true,
    // the import() sits in this chunk, so the modules it shares with the full app stay in it
    loadUserLabels: () => import('./map/user-label-places'),
    frame: ({ store, teardowns, reportIssues }) => {
      layout = createLayout(root);
      teardowns.add(startUrlSync({ store, codec: urlCodec, defaults, onIssues: reportIssues }));
      teardowns.add(mountHeader(layout.title, store));
      teardowns.add(mountLanguageSwitch(layout.tools, store));
      return { notices: layout.notices, mapContainer: layout.mapContainer };
    },
    beforeMap: ({ store, teardowns, say, lang, manifest, catalog }) => {
      // the site's published layers (data/layers/): their code and data only when the build has some;
      // a failure is reported and the rest of the map works. Their legend goes above the planner's.
      if (manifest.layers.length > 0) {
        publishedLoad = import('./user-data/mount-published').then(({ mountPublished }) => mountPublished(publishedLegend, store, say, userNarrowing)).catch((error: unknown) => {
          say(loadFailed(lang(), error));
          return null;
        });
      }
      // Panels live in tabs (tab= in the URL); a selection's details sit above them. They are in place
      // before the map, whose first fit leaves room for them.
      // On a phone the sheet starts folded to its handle, so the first view is the map, unless the link
      // opens something to read (a selection or another tab).
      const phone = window.matchMedia('(max-width: 640px)').matches;
      const startFolded = phone && initial.selection === null && initial.panelTab === defaults.panelTab;
      tabs = mountPanelTabs({ stack: layout.panelStack, store, startCollapsed: startFolded, counts: (state) => (listCount ? { list: listCount(state) } : {}) });
      teardowns.add(tabs.teardown);
      details = mountDetailsPanel(tabs.details, store, catalog);
      teardowns.add(details.teardown);
    },
    // Fit into the part of the map the side panel leaves uncovered.
    fitPadding: () => measuredPaddingAroundPanel(layout.mapContainer, layout.panelStack),
    onCountiesLoaded: () => details.refresh(),
    withMap: ({ store, teardowns, say, reportIssues, base, catalog, map: mapHandle }) => {
      // A file dropped on the map opens My data, where its progress and any problems are shown.
      teardowns.listen(layout.mapContainer, 'drop', () => store.dispatch({ panelTab: 'mydata' }), { capture: true });
      // Search hits and list rows select and frame their feature as one state change; the map follows.
      // "Zoom to" a planner's layer or feature is a state change through the view too.
      goTo = createGoTo(store, () => measuredViewport(layout.mapContainer, layout.panelStack));
      teardowns.add(setFrameHandler(goTo.bounds));
      // Save project / Open project… go below the layers and the choropleth: they hold both.
      const projectContainer = document.createElement('div');
      const project = {
        container: projectContainer,
        search: () => urlCodec.serialize(store.getState()),
        parse: (search: string) => urlCodec.parse(search, defaults),
        onIssues: reportIssues,
      };
      teardowns.add(mountUserData({ panelStack: tabs.panels.mydata, mapContainer: layout.mapContainer, map: mapHandle.map, store, report: say, project, narrowing: userNarrowing }));
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
        report: say,
      });
      teardowns.add(choroplethPanel.teardown);
      tabs.panels.mydata.append(projectContainer);
    },
    // The questions panel before the scene: the answers show their "Loading…" there.
    withProjects: ({ store, teardowns, base, map: mapHandle, projects }) => {
      questionsPanel = mountQuestionsPanelWithDrawing({ store, map: mapHandle.map, parent: tabs.panels.questions, features: projects, prefectures: base.prefectures.features });
      teardowns.add(questionsPanel.teardown);
    },
    answersAnchor: () => questionsPanel.results,
    beforeFeatures: async ({ teardowns, scene }) => {
      const shownUserLayers = () => scene.setUserLayers(userLayersState.getShownLayers().map((layer) => sceneUserLayer(layer, userLayersState.getLayers())));
      shownUserLayers();
      teardowns.add(userLayersState.subscribe(shownUserLayers));
      teardowns.add(userNarrowing.follow(scene));
      // published layers are drawn beneath the project symbols
      const unmountPublished = await publishedLoad;
      if (unmountPublished) teardowns.add(unmountPublished);
    },
    mountViews,
    checkEveryId: false,
  });
  return {
    teardown: app.teardown,
    subscriberCount: () => app.subscriberCount() + choroplethState.subscriberCount() + userLayersState.subscriberCount(),
  };
}
