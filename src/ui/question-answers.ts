// Answers the state's spatial questions for the scene: fetches the question engine (turf) when a
// question is first asked, resolves areas (prefectures and zones at once, counties from their file
// on first use) and reports problems once per question. The answer is memoised on the question,
// so the scene source can ask on every state change.
import type { ProjectFeature } from '../types';
import type { AppState } from '../state/app-state';
import type { UnitFeature } from '../data/load-boundaries';
import type { SceneAnswers } from '../state/scene';
import type { QueryArea } from '../spatial';
import type { AreaResolver, QuestionAnswer, QuestionProblem } from '../questions/question-result';
import { hasQuestion, type QuestionState } from '../questions/question-types';
import { formatAreaSpec } from '../questions/question-text';
import { loadCountyBoundaries } from '../data/load-boundaries';
import { translate } from '../i18n/translate';
import { SpatialInputError } from '../spatial/validate';
import { spatialProblemText } from '../spatial/spatial-problem';
import { lazyPart, loadWithFeedback } from './lazy-part';

export interface QuestionAnswersOptions {
  features: readonly ProjectFeature[];
  prefectures: readonly UnitFeature[];
  lang(): AppState['lang'];
  /** where "Loading…" appears while the engine is fetched */
  anchor(): HTMLElement;
  report(message: string): void;
  /** called when an answer can change without a state change (engine or counties arrived) */
  onChange(): void;
}

export interface QuestionAnswers {
  answers(state: AppState): SceneAnswers | null;
}

const NO_ANSWER: QuestionAnswer = { catchment: null, area: null, measure: null, matching: null, problems: [] };

function problemText(problem: QuestionProblem, lang: AppState['lang']): string {
  switch (problem.kind) {
    case 'unknown-corridor':
      return translate(lang, 'q.unknownCorridor', { id: problem.id });
    case 'unknown-feature':
      return translate(lang, 'q.unknownFeature', { id: problem.id });
    case 'unknown-area':
      return translate(lang, 'q.unknownArea', { area: formatAreaSpec(problem.area) });
  }
}

export function createQuestionAnswers(options: QuestionAnswersOptions): QuestionAnswers {
  const { features } = options;
  const engine = lazyPart(() => import('./question-engine').then(({ createQuestionEngine }) => createQuestionEngine(features)));
  const unitAreas = new Map<string, QueryArea>(options.prefectures.map((unit) => [unit.properties.adcode, unit.geometry]));
  let countyState: 'none' | 'loading' | 'loaded' | 'failed' = 'none';
  let generation = 0;
  let reportedFor: QuestionState | null = null;
  let fetching = false;

  function loadCounties(): void {
    countyState = 'loading';
    loadCountyBoundaries()
      .then((counties) => {
        for (const county of counties.features) if (!unitAreas.has(county.properties.adcode)) unitAreas.set(county.properties.adcode, county.geometry);
        countyState = 'loaded';
      })
      .catch((error: unknown) => {
        countyState = 'failed';
        options.report(translate(options.lang(), 'map.countiesFailed', { reason: error instanceof Error ? error.message : String(error) }));
      })
      .finally(() => {
        generation += 1;
        options.onChange();
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

  function fetchEngine(): void {
    if (fetching) return;
    fetching = true;
    void loadWithFeedback(engine, { lang: options.lang, part: 'lazy.part.questions', anchor: options.anchor() }).then((ready) => {
      fetching = false;
      if (ready) options.onChange();
    });
  }

  return {
    answers(state) {
      const question = state.question;
      if (!hasQuestion(question)) return null;
      const loaded = engine.loaded();
      if (!loaded) {
        fetchEngine();
        return null;
      }
      let answer: QuestionAnswer;
      try {
        answer = loaded.answerFor(loaded.data, question, resolve, generation);
      } catch (error) {
        // A question the spatial module rejects (e.g. a self-crossing drawn polygon) is reported, not
        // fatal: it then narrows nothing.
        if (reportedFor !== question) options.report(translate(state.lang, 'q.failed', { reason: failureReason(error, state.lang) }));
        reportedFor = question;
        return { question, answer: NO_ANSWER };
      }
      if (reportedFor !== question && answer.area !== 'pending') {
        reportedFor = question;
        if (answer.problems.length > 0) options.report(answer.problems.map((problem) => problemText(problem, state.lang)).join('; '));
      }
      return { question, answer };
    },
  };
}

/** A rejected question's reason in the page's language; an unexpected error keeps its own message. */
function failureReason(error: unknown, lang: AppState['lang']): string {
  if (error instanceof SpatialInputError) return spatialProblemText(error.problem, lang);
  return error instanceof Error ? error.message : String(error);
}
