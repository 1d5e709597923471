// One startup sequence for the full app and the embed: state from the address (parsed by main.ts),
// then the data, the map, the scene and the views, each step registering its teardown. The two differ
// only in the steps they hand in (their page frame, the panels, what the views are), so a fix to the
// order of loading, to error reporting or to teardown is made once, here.
import type { AppState } from '../state/app-state';
import type { ProjectFeature, Lang } from '../types';
import type { UrlIssue } from '../state/url-codec';
import { createStore, type Store } from '../state/store';
import { translate } from '../i18n/translate';
import { formatUrlIssue } from '../state/url-issue-text';
import { loadBaseBoundaries, loadCountyBoundaries, loadManifest, type BaseBoundaries, type Manifest, type UnitCollection } from '../data/load-boundaries';
import { loadFeatures, type LoadedFeatures } from '../data/load-features';
import { UnitCatalog } from '../map/unit-catalog';
import { mountMap, type MapHandle, type MapViewOptions } from '../map/map-view';
import { mountFeatureView, type FeatureViewOptions } from '../map/feature-view';
import { createSceneSource, type SceneSource } from '../state/scene-source';
import { createQuestionAnswers } from './question-answers';
import { createNotices } from './notices';
import { checkSelectedUnits } from './selection-check';
import { describeUnknownId, findUnknownIds, type KnownIds } from '../state/unknown-ids';
import { createTeardowns, type Teardown, type Teardowns } from './teardown';

/** What every step may use: the state, where to register teardowns, how to tell the user. */
export interface StartContext {
  store: Store;
  teardowns: Teardowns;
  say(message: string): void;
  /** the address's problems, in the interface language */
  reportIssues(issues: readonly UrlIssue[]): void;
  /** the interface language now (the embed's is fixed at start) */
  lang(): Lang;
}

/** The boundaries and settings have arrived; the units are in the catalog. */
export interface BoundariesStage extends StartContext {
  base: BaseBoundaries;
  manifest: Manifest;
  catalog: UnitCatalog;
}

export interface MapStage extends BoundariesStage {
  map: MapHandle;
}

export interface ProjectsStage extends MapStage {
  collection: LoadedFeatures;
  projects: ProjectFeature[];
}

export interface SceneStage extends ProjectsStage {
  scene: SceneSource;
}

/** The page's frame, made before any data: where notices go and where the map goes. */
export interface StartFrame {
  notices: HTMLElement;
  mapContainer: HTMLElement;
}

export interface StartSteps {
  root: HTMLElement;
  initial: AppState;
  issues: readonly UrlIssue[];
  lang(store: Store): Lang;
  /** builds the frame synchronously (the embed's words, the app's header and URL sync) */
  frame(context: StartContext): StartFrame;
  /** before the map mounts: what its first fit must leave room for (the full app's panels) */
  beforeMap?(stage: BoundariesStage): void;
  /** space kept clear when the map fits a view */
  fitPadding: MapViewOptions['fitPadding'];
  /** the county file arrived (added to the catalog already) */
  onCountiesLoaded?(counties: UnitCollection): void;
  /** the map is up and the projects are still loading */
  withMap?(stage: MapStage): void;
  /** the projects are loaded; the scene is not made yet (the questions panel, where answers show their progress) */
  withProjects?(stage: ProjectsStage): void;
  /** where a question's "Loading…" is announced */
  answersAnchor(): HTMLElement;
  /** the scene exists; awaited before the project symbols are drawn (layers drawn beneath them) */
  beforeFeatures?(stage: SceneStage): Promise<void> | void;
  /** the map's project symbols: Tab stops of their own (full app) or one stop with arrow keys (embed) */
  featureTabStops: boolean;
  /** the module that names the imported layers' features on the map (the full app's; the embed has none) */
  loadUserLabels?: FeatureViewOptions['loadUserLabels'];
  /** the views that read the scene; the app is ready when this resolves */
  mountViews(stage: SceneStage): Promise<void> | void;
  /** Well-formed codes in the address that name nothing in the data (city=519999) would silently
   * match nothing, so they are named: prefectures always; selected projects and question corridors too
   * when no panel says so (the embed). */
  checkEveryId: boolean;
}

export interface StartedApp {
  /** every subscription, listener, timer and observer goes, and the page is emptied */
  teardown: Teardown;
  /** store and scene subscribers still listening (none once torn down) */
  subscriberCount(): number;
  teardowns: Teardowns;
  /** settles once the first view is drawn, or its failure reported */
  started: Promise<void>;
}

/** "Could not load …" with the reason, for a part of the app that failed to load. */
export const loadFailed = (lang: Lang, error: unknown): string => translate(lang, 'map.loadFailed', { reason: error instanceof Error ? error.message : String(error) });

export function startApp(steps: StartSteps): StartedApp {
  const { root } = steps;
  const teardowns = createTeardowns();
  teardowns.add(() => {
    root.replaceChildren();
    delete document.body.dataset.ready;
  });
  const store = createStore(steps.initial);
  let scene: SceneSource | null = null;
  const lang = () => steps.lang(store);
  // the notices' region is made by the frame, which may already report
  let notices: ReturnType<typeof createNotices> | null = null;
  const report = (messages: string[]) => notices?.show(messages);
  const say = (message: string) => report([message]);
  const reportIssues = (issues: readonly UrlIssue[]) => report(issues.map((issue) => formatUrlIssue(issue, lang())));
  const context: StartContext = { store, teardowns, say, reportIssues, lang };
  const frame = steps.frame(context);
  notices = createNotices(frame.notices, lang);
  reportIssues(steps.issues);

  async function start(): Promise<void> {
    frame.mapContainer.setAttribute('aria-busy', 'true');
    // the projects load alongside the boundaries; the map is drawn as soon as the boundaries are here
    const projectsLoad = loadFeatures();
    projectsLoad.catch(() => undefined); // awaited below; a failure before then is reported there
    const [base, manifest] = await Promise.all([loadBaseBoundaries(), loadManifest()]);
    if (teardowns.done) return;
    const catalog = new UnitCatalog();
    catalog.add(base.provinces);
    catalog.add(base.prefectures);
    const loaded: BoundariesStage = { ...context, base, manifest, catalog };
    steps.beforeMap?.(loaded);
    const map = mountMap({
      container: frame.mapContainer,
      store,
      base,
      manifest,
      loadCounties: loadCountyBoundaries,
      onCountiesLoaded: (counties) => {
        catalog.add(counties);
        steps.onCountiesLoaded?.(counties);
      },
      onError: say,
      fitPadding: steps.fitPadding,
    });
    teardowns.add(map.teardown);
    const mapped: MapStage = { ...loaded, map };
    steps.withMap?.(mapped);
    const collection = await projectsLoad;
    if (teardowns.done) return;
    const withProjects: ProjectsStage = { ...mapped, collection, projects: collection.features };
    steps.withProjects?.(withProjects);
    // One scene for every view and the export: state + data + the questions' answers.
    const answers = createQuestionAnswers({
      features: withProjects.projects,
      prefectures: base.prefectures.features,
      lang,
      anchor: steps.answersAnchor,
      report: say,
      onChange: () => scene?.refresh(),
    });
    const sceneSource = createSceneSource({ store, features: withProjects.projects, answers: answers.answers });
    scene = sceneSource;
    teardowns.add(() => sceneSource.dispose());
    const staged: SceneStage = { ...withProjects, scene: sceneSource };
    await steps.beforeFeatures?.(staged);
    if (teardowns.done) return;
    teardowns.add(mountFeatureView(map.map, store, sceneSource, collection, { tabStops: steps.featureTabStops, labels: map.labels, ...(steps.loadUserLabels ? { loadUserLabels: steps.loadUserLabels } : {}) }).teardown);
    await steps.mountViews(staged);
    if (teardowns.done) return;
    teardowns.add(checkSelectedUnits(store, catalog, map.counties.ensureLoaded, say));
    const known: KnownIds = { prefectures: new Set(base.prefectures.features.map((f) => f.properties.adcode)) };
    if (steps.checkEveryId) {
      known.features = new Set(staged.projects.map((f) => f.properties.id));
      known.corridors = new Set(staged.projects.filter((f) => f.properties.category === 'corridor').map((f) => f.properties.id));
    }
    report(findUnknownIds(store.getState(), known).map((unknown) => describeUnknownId(unknown, lang())));
    frame.mapContainer.removeAttribute('aria-busy');
    document.body.dataset.ready = 'true';
  }

  const started = start().catch((error: unknown) => {
    say(loadFailed(lang(), error));
    if (!teardowns.done) document.body.dataset.ready = 'error';
  });
  return { teardown: teardowns.run, subscriberCount: () => store.subscriberCount() + (scene?.subscriberCount() ?? 0), teardowns, started };
}
