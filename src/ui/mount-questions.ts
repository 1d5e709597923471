// Mounts the spatial questions' controls, their drawing on the map, the written answer, and the
// charts/table of the current set. Everything drawn comes from the scene (src/state/scene.ts):
// the answer itself is computed by question-answers.ts, which the scene source asks.
import type L from 'leaflet';
import type { ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import type { UnitFeature } from '../data/load-boundaries';
import type { UnitNameLookup } from '../charts/aggregate';
import type { QuestionAnswer } from '../questions/question-result';
import { createQuestionLayer } from '../map/question-layer';
import { createDrawTool } from '../map/draw-tool';
import { mountQuestionsPanel, type QuestionsPanel } from './questions-panel';
import { renderQuestionResults } from './question-results';
import { mountAnalysisPanel } from './analysis-panel';
import { createTeardowns, type Teardown } from './teardown';

export interface MountQuestionsOptions {
  store: Store;
  scene: SceneSource;
  map: L.Map;
  panel: QuestionsPanel;
  /** where the charts and table go */
  chartsParent: HTMLElement;
  features: ProjectFeature[];
  lookup: UnitNameLookup;
}

const NO_ANSWER: QuestionAnswer = { catchment: null, area: null, measure: null, matching: null, problems: [] };

/** The questions panel is mounted first (the answer provider writes its "Loading…" there). */
export function mountQuestionsPanelWithDrawing(options: { store: Store; map: L.Map; parent: HTMLElement; features: ProjectFeature[]; prefectures: readonly UnitFeature[] }): QuestionsPanel {
  const panel = mountQuestionsPanel(options.parent, {
    store: options.store,
    features: options.features,
    prefectures: options.prefectures,
    startDrawing: (mode, onDone) => draw.start(mode, onDone),
    cancelDrawing: () => draw.cancel(),
  });
  const draw = createDrawTool(options.map, (mode) => panel.setDrawing(mode));
  return {
    ...panel,
    teardown: () => {
      draw.cancel();
      panel.teardown();
    },
  };
}

export function mountQuestions(options: MountQuestionsOptions): Teardown {
  const { store, scene } = options;
  const byId = new Map(options.features.map((feature) => [feature.id, feature]));
  const layer = createQuestionLayer(options.map);
  // drawn only while the Charts tab is open (and once when it opens)
  const analysis = mountAnalysisPanel(options.chartsParent, store, scene, options.lookup, () => store.getState().panelTab === 'charts');
  const select = (id: string) => store.dispatch({ selection: { kind: 'feature', id } });

  function render(): void {
    const current = scene.get();
    // no answer yet: the overlay, results and charts wait rather than show the unnarrowed set
    if (current.pending && current.overlay === null) return;
    const answer = current.overlay?.answer ?? NO_ANSWER;
    const matching = current.overlay?.matching ?? null;
    layer.render({ ...answer, matching }, byId);
    renderQuestionResults(options.panel.results, answer, matching === null ? null : current.shown, current.lang, select, current.userLayersAsked);
    analysis.update({ features: current.shown, featuresIgnoringYear: current.shownIgnoringYear, distancesKm: answer.catchment?.distancesKm ?? null });
  }

  render();
  const teardowns = createTeardowns();
  teardowns.add(scene.subscribe(render));
  teardowns.add(
    store.subscribe((next, previous) => {
      if (next.panelTab !== previous.panelTab || next.chartChongqing !== previous.chartChongqing) render();
    }),
  );
  teardowns.add(() => layer.remove());
  teardowns.add(analysis.teardown);
  return teardowns.run;
}
