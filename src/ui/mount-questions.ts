// Wires the spatial questions and the analysis panel: one feature index per dataset, the area
// resolver (prefectures at once, counties fetched on first use), the memoised answer, and on each
// state change the map overlay, the written answer, and the charts/table of the current set.
import type L from 'leaflet';
import type { ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { AppState } from '../state/app-state';
import type { UnitFeature } from '../data/load-boundaries';
import type { UnitNameLookup } from '../charts/aggregate';
import { loadCountyBoundaries } from '../data/load-boundaries';
import { visibleFeatures } from '../state/select';
import { matchesFilters } from '../filters/predicates';
import type { QueryArea } from '../spatial';
import type { AreaResolver, QuestionAnswer, QuestionProblem } from '../questions/question-result';
import { hasQuestion } from '../questions/question-types';
import { lazyPart, loadWithFeedback } from './lazy-part';
import { formatAreaSpec } from '../questions/question-text';
import { createQuestionLayer } from '../map/question-layer';
import { createDrawTool } from '../map/draw-tool';
import { translate } from '../i18n/translate';
import { mountQuestionsPanel } from './questions-panel';
import { renderQuestionResults } from './question-results';
import { mountAnalysisPanel } from './analysis-panel';

export interface MountQuestionsOptions {
  store: Store;
  map: L.Map;
  panelStack: HTMLElement;
  /** where the charts and table go (default: with the questions) */
  chartsParent?: HTMLElement;
  features: ProjectFeature[];
  prefectures: readonly UnitFeature[];
  lookup: UnitNameLookup;
  report(message: string): void;
}

export function mountQuestions(options: MountQuestionsOptions): void {
  const { store, features } = options;
  // The spatial engine is fetched when a question is first asked (or the URL holds one).
  const engine = lazyPart(() => import('./question-engine').then(({ createQuestionEngine }) => createQuestionEngine(features)));
  const noAnswer: QuestionAnswer = { catchment: null, area: null, measure: null, matching: null, problems: [] };
  const noFeatures = new Map<string, ProjectFeature>();
  const unitAreas = new Map<string, QueryArea>(options.prefectures.map((unit) => [unit.properties.adcode, unit.geometry]));
  let countyState: 'none' | 'loading' | 'loaded' | 'failed' = 'none';
  let generation = 0;

  function loadCounties(): void {
    countyState = 'loading';
    loadCountyBoundaries()
      .then((counties) => {
        for (const county of counties.features) if (!unitAreas.has(county.properties.adcode)) unitAreas.set(county.properties.adcode, county.geometry);
        countyState = 'loaded';
      })
      .catch((error: unknown) => {
        countyState = 'failed';
        options.report(translate(store.getState().lang, 'map.countiesFailed', { reason: error instanceof Error ? error.message : String(error) }));
      })
      .finally(() => {
        generation += 1;
        refresh();
      });
  }

  const resolve: AreaResolver = (area) => {
    if (area.kind === 'feature') {
      const zone = engine.loaded()?.data.byId.get(area.id);
      const geometry = zone?.geometry;
      return zone?.properties.has_extent && (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') ? geometry : undefined;
    }
    if (area.kind !== 'unit') return undefined;
    const known = unitAreas.get(area.adcode);
    if (known || countyState === 'loaded' || countyState === 'failed') return known;
    if (countyState === 'none') loadCounties();
    return 'pending';
  };

  const layer = createQuestionLayer(options.map);
  const panel = mountQuestionsPanel(options.panelStack, {
    store,
    features,
    prefectures: options.prefectures,
    startDrawing: (mode, onDone) => draw.start(mode, onDone),
    cancelDrawing: () => draw.cancel(),
  });
  const draw = createDrawTool(options.map, (mode) => panel.setDrawing(mode));
  const analysis = mountAnalysisPanel(options.chartsParent ?? options.panelStack, store, options.lookup, () => !options.chartsParent || store.getState().panelTab === 'charts');
  let reportedFor: AppState['question'] | null = null;

  function problemText(problem: QuestionProblem): string {
    const lang = store.getState().lang;
    switch (problem.kind) {
      case 'unknown-corridor':
        return translate(lang, 'q.unknownCorridor', { id: problem.id });
      case 'unknown-feature':
        return translate(lang, 'q.unknownFeature', { id: problem.id });
      case 'unknown-area':
        return translate(lang, 'q.unknownArea', { area: formatAreaSpec(problem.area) });
    }
  }

  function refresh(): void {
    const state = store.getState();
    const select = (id: string) => store.dispatch({ selection: { kind: 'feature', id } });
    const loaded = engine.loaded();
    if (!loaded && hasQuestion(state.question)) {
      void loadWithFeedback(engine, { lang: () => store.getState().lang, part: 'lazy.part.questions', anchor: panel.results }).then((ready) => ready && refresh());
      // no answer yet: the overlay, results and charts wait rather than show the unnarrowed set
      return;
    }
    let answer = noAnswer;
    try {
      if (loaded) answer = loaded.answerFor(loaded.data, state.question, resolve, generation);
    } catch (error) {
      // A question the spatial module rejects (e.g. a self-crossing drawn polygon) is reported, not fatal.
      if (reportedFor !== state.question) options.report(translate(state.lang, 'q.failed', { reason: error instanceof Error ? error.message : String(error) }));
      reportedFor = state.question;
      return;
    }
    if (reportedFor !== state.question && answer.area !== 'pending') {
      reportedFor = state.question;
      if (answer.problems.length > 0) options.report(answer.problems.map(problemText).join('; '));
    }
    const filtered = visibleFeatures(state, features);
    const combine = (set: readonly ProjectFeature[], matching: ReadonlySet<string> | null) => (loaded && matching ? loaded.combineWithFilters(set, matching) : [...set]);
    const current = combine(filtered, answer.matching);
    // the timeline keeps every year of the set; filtered here directly so the shared
    // visibleFeatures cache (keyed on the state's filters) is not replaced by a variant
    const anyYear = { ...state.filters, years: null };
    const withoutYears = state.filters.years === null ? current : combine(features.filter((f) => matchesFilters(f.properties, anyYear)), answer.matching);
    const matching = answer.matching === null ? null : current;
    layer.render({ ...answer, matching: matching ? new Set(matching.map((f) => f.id)) : null }, loaded?.data.byId ?? noFeatures);
    renderQuestionResults(panel.results, answer, matching, state.lang, select);
    analysis.update({ features: current, featuresIgnoringYear: withoutYears });
  }

  refresh();
  store.subscribe(refresh);
}
