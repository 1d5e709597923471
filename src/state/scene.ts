// The scene: everything a view or an export draws, derived from the state, the loaded data and the
// answers to the spatial questions. Pure and memoised, so every view (map, list, counts, charts,
// table, downloads, embed) and the export read the same shown set instead of each filtering anew.
// The question engine (turf) is a lazily loaded chunk: its answer comes in as an argument, and
// only types are imported from it here, so the first view stays without it.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Lang, ProjectFeature } from '../types';
import type { AppState, MapView, Selection } from './app-state';
import type { QuestionAnswer } from '../questions/question-result';
import type { QuestionState } from '../questions/question-types';
import type { FeatureFilters } from '../filters/filter-state';
import { matchesFilters } from '../filters/predicates';
import { legendModel, type LegendGroup } from '../filters/legend-model';
import { deepEqual } from './equal';
import { userNarrowing, type UserNarrowing } from './user-narrowing';

/** A planner's own layer as shown (visible, filtered): the map and the export draw these. */
export interface SceneUserLayer {
  id: string;
  name: string;
  /** #rrggbb */
  colour: string;
  features: Feature[];
  /** the property that names each feature (the layer's own, or the guessed name column); none: unnamed */
  nameColumn?: string;
  /** a published layer's title in each language (a bilingual page names it in both); else `name` serves both */
  titles?: Record<Lang, string>;
  /** proportional symbols: points sized by `column`, largest value `max` over the whole layer (as the map draws them, as SVG or on a canvas) */
  sizes?: { column: string; max: number };
}

export interface SceneData {
  /** every project feature, in data order */
  readonly features: readonly ProjectFeature[];
  readonly userLayers: readonly SceneUserLayer[];
}

/** The answer and the question it answers; an answer to another question is stale (still pending). */
export interface SceneAnswers {
  readonly question: QuestionState;
  readonly answer: QuestionAnswer;
}

export interface SceneOverlay {
  readonly answer: QuestionAnswer;
  /** the catchment buffer and the area together, as the export draws them; null when neither */
  readonly outline: MultiPolygon | null;
  /** ids of the shown features the questions select (ringed on the map); null when no question narrows */
  readonly matching: ReadonlySet<string> | null;
}

export interface Scene {
  readonly lang: Lang;
  /** the number of project features in the data */
  readonly total: number;
  /** the features that pass the filters and the spatial questions, in data order: what every view shows */
  readonly shown: readonly ProjectFeature[];
  /** the same without the year filter, so the timeline keeps its axis while brushing */
  readonly shownIgnoringYear: readonly ProjectFeature[];
  /** the same without the timeline's year (asOf): the features the timeline counts, whatever their year */
  readonly shownIgnoringAsOf: readonly ProjectFeature[];
  /** a narrowing question whose answer has not arrived yet: shown is empty until it does */
  readonly pending: boolean;
  /** what the questions draw over the map; null while nothing is answered */
  readonly overlay: SceneOverlay | null;
  /** categories and subtypes with shown and total counts */
  readonly legend: readonly LegendGroup[];
  readonly selection: Selection | null;
  readonly view: MapView | null;
  /** the planner's layers as drawn: visible, filtered, and only their features the questions select */
  readonly userLayers: readonly SceneUserLayer[];
  /** the same before the questions narrow them: the written answer counts and numbers features in these */
  readonly userLayersAsked: readonly SceneUserLayer[];
  /** which of a layer's features the questions leave on the map (all when none narrows, none while pending) */
  readonly narrowUserFeatures: UserNarrowing;
}

/** True when the question narrows the feature set (a measurement alone does not). */
function narrowsSet(question: QuestionState): boolean {
  return question.corridors.length > 0 || question.area !== null;
}

/** The answer to exactly this question, or null (none yet, or one for an earlier question). */
export function currentAnswer(question: QuestionState, answers: SceneAnswers | null): QuestionAnswer | null {
  if (!answers) return null;
  return answers.question === question || deepEqual(answers.question, question) ? answers.answer : null;
}

function polygonsOf(geometry: Polygon | MultiPolygon): MultiPolygon['coordinates'] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function outlineOf(answer: QuestionAnswer): MultiPolygon | null {
  const parts: MultiPolygon['coordinates'] = [];
  if (answer.catchment) parts.push(...polygonsOf(answer.catchment.buffer));
  if (answer.area && answer.area !== 'pending') parts.push(...polygonsOf(answer.area.geometry));
  return parts.length > 0 ? { type: 'MultiPolygon', coordinates: parts } : null;
}

function narrowUserLayers(layers: readonly SceneUserLayer[], narrowFeatures: UserNarrowing): SceneUserLayer[] {
  return layers.map((layer) => {
    const features = narrowFeatures(layer.features);
    return features === layer.features ? layer : { ...layer, features: features as Feature[] };
  }).filter((layer) => layer.features.length > 0);
}

function narrow(features: readonly ProjectFeature[], filters: FeatureFilters, matching: ReadonlySet<string> | null): ProjectFeature[] {
  return features.filter((feature) => matchesFilters(feature.properties, filters) && (matching === null || matching.has(feature.id)));
}

/**
 * The scene of one state; see createSceneMemo for the version views call on every change.
 * @internal the pure scene the unit tests read; the app reads it through createSceneMemo
 */
export function buildScene(state: AppState, data: SceneData, answers: SceneAnswers | null): Scene {
  return createSceneMemo()(state, data, answers);
}

/**
 * scene() remembering its last inputs part by part: a change of language keeps the shown array,
 * a change of selection keeps the legend, and the same inputs give the same Scene object, so views
 * can skip work by comparing identities.
 */
export function createSceneMemo(): (state: AppState, data: SceneData, answers: SceneAnswers | null) => Scene {
  let last: { state: AppState; data: SceneData; answer: QuestionAnswer | null; scene: Scene } | null = null;
  return (state, data, answers) => {
    const answer = currentAnswer(state.question, answers);
    if (last && last.state === state && last.data === data && last.answer === answer) return last.scene;
    const narrowing = narrowsSet(state.question);
    // Waiting for the answer shows nothing rather than the unnarrowed set, which would be wrong.
    const pending = narrowing && (answer === null || answer.area === 'pending');
    const matching = narrowing && answer && !pending ? answer.matching : null;
    // Parts are reused when their own inputs are unchanged (identity), so views can compare cheaply.
    const prev = last && last.data.features === data.features && last.answer === answer && last.scene.pending === pending ? last : null;
    const sameFilters = prev !== null && prev.state.filters === state.filters;
    const shown = sameFilters ? prev.scene.shown : pending ? [] : narrow(data.features, state.filters, matching);
    const shownIgnoringYear = sameFilters
      ? prev.scene.shownIgnoringYear
      : state.filters.years === null || pending
        ? shown
        : narrow(data.features, { ...state.filters, years: null }, matching);
    const shownIgnoringAsOf = sameFilters
      ? prev.scene.shownIgnoringAsOf
      : state.filters.asOf === null || pending
        ? shown
        : narrow(data.features, { ...state.filters, asOf: null }, matching);
    const legend = sameFilters ? prev.scene.legend : legendModel(data.features, shown, state.filters.hiddenSubtypes);
    let overlay: SceneOverlay | null = null;
    if (sameFilters) overlay = prev.scene.overlay;
    else if (answer) overlay = { answer, outline: outlineOf(answer), matching: matching === null ? null : new Set(shown.map((f) => f.id)) };
    const narrowUserFeatures = userNarrowing(narrowing, pending, answer);
    // the planner's layers get the same narrowing as the projects, kept while neither it nor they change
    const keptUser = last && last.data.userLayers === data.userLayers ? last.scene : null;
    const userLayersAsked = keptUser ? keptUser.userLayersAsked : data.userLayers.filter((layer) => layer.features.length > 0);
    const userLayers = keptUser?.narrowUserFeatures === narrowUserFeatures ? keptUser.userLayers : narrowUserLayers(userLayersAsked, narrowUserFeatures);
    const scene: Scene = {
      lang: state.lang,
      total: data.features.length,
      shown,
      shownIgnoringYear,
      shownIgnoringAsOf,
      pending,
      overlay,
      legend,
      selection: state.selection,
      view: state.view,
      userLayers,
      userLayersAsked,
      narrowUserFeatures,
    };
    last = { state, data, answer, scene };
    return scene;
  };
}
