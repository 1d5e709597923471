// The answer to the questions in the state: which features the catchment and the area select,
// the buffer and area outline to draw, and the measurement. Pure; memoised on its inputs because
// every panel asks for it on each state change and a buffer costs tens of milliseconds.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ProjectFeature } from '../types';
import {
  catchment,
  catchmentBuffer,
  catchmentDistancesKm,
  distanceBetween,
  featuresInArea,
  measurePath,
  polygonArea,
  rectangleToPolygon,
  type CorridorFeature,
  type FeatureIndex,
  type QueryArea,
  type SpatialQueryResult,
} from '../spatial';
import type { AreaSpec, MeasureSpec, QuestionState } from './question-types';
import { userFeaturesInQuestion, type UserLayerQuestion } from './user-layer-answer';

/** The geometry of a unit or zone area; 'pending' while its boundary file loads; undefined when unknown. */
export type AreaResolver = (area: AreaSpec) => QueryArea | 'pending' | undefined;

export interface CatchmentAnswer extends SpatialQueryResult {
  buffer: Polygon | MultiPolygon;
  corridorIds: string[];
  /** each match's distance to the corridors, km (0 when it touches or contains one) */
  distancesKm: ReadonlyMap<string, number>;
}

export interface AreaAnswer extends SpatialQueryResult {
  geometry: QueryArea;
}

export type MeasureAnswer =
  | { kind: 'path'; km: number; path: Position[] }
  | { kind: 'polygon'; km2: number; ring: Position[] }
  | { kind: 'features'; km: number; from: ProjectFeature; to: ProjectFeature };

export type QuestionProblem =
  | { kind: 'unknown-corridor'; id: string }
  | { kind: 'unknown-area'; area: AreaSpec }
  | { kind: 'unknown-feature'; id: string };

export interface QuestionAnswer {
  catchment: CatchmentAnswer | null;
  area: AreaAnswer | 'pending' | null;
  measure: MeasureAnswer | null;
  /** ids selected by every narrowing question; null when no question narrows the set */
  matching: ReadonlySet<string> | null;
  problems: QuestionProblem[];
  /**
   * The positions of a planner's own features (one imported layer's, in layer order) that the
   * narrowing questions select; absent when no question narrows or the area is still loading.
   */
  userFeatures?: (features: readonly Feature[]) => readonly number[];
}

export interface QuestionData {
  features: readonly ProjectFeature[];
  byId: ReadonlyMap<string, ProjectFeature>;
  index: FeatureIndex;
}

function isCorridor(feature: ProjectFeature | undefined): feature is ProjectFeature & CorridorFeature {
  return feature?.properties.category === 'corridor' && feature.geometry.type === 'LineString';
}

function answerCatchment(data: QuestionData, question: QuestionState, problems: QuestionProblem[]): CatchmentAnswer | null {
  const corridors: CorridorFeature[] = [];
  for (const id of question.corridors) {
    const feature = data.byId.get(id);
    if (isCorridor(feature)) corridors.push(feature);
    else problems.push({ kind: 'unknown-corridor', id });
  }
  if (corridors.length === 0) return null;
  const options = { reach: question.reach, anchorOf: (i: number) => data.features[i]?.properties.anchor };
  const result = catchment(data.index, corridors, question.distanceKm, options);
  return {
    ...result,
    distancesKm: catchmentDistancesKm(data.index, corridors, question.distanceKm, result.ids, options),
    buffer: catchmentBuffer(corridors, question.distanceKm),
    corridorIds: corridors.map((corridor) => String(corridor.id)),
  };
}

function areaGeometry(spec: AreaSpec, resolve: AreaResolver): QueryArea | 'pending' | undefined {
  if (spec.kind === 'rect') return rectangleToPolygon(spec.bounds);
  if (spec.kind === 'polygon') {
    const ring = [...spec.ring];
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
    return { type: 'Polygon', coordinates: [ring] };
  }
  return resolve(spec);
}

function answerArea(data: QuestionData, spec: AreaSpec | null, resolve: AreaResolver, problems: QuestionProblem[]): AreaAnswer | 'pending' | null {
  if (spec === null) return null;
  const geometry = areaGeometry(spec, resolve);
  if (geometry === 'pending') return 'pending';
  if (geometry === undefined) {
    problems.push({ kind: 'unknown-area', area: spec });
    return null;
  }
  return { ...featuresInArea(data.index, geometry), geometry };
}

function answerMeasure(data: QuestionData, spec: MeasureSpec | null, problems: QuestionProblem[]): MeasureAnswer | null {
  if (spec === null) return null;
  switch (spec.kind) {
    case 'path':
      return { kind: 'path', km: measurePath(spec.path), path: spec.path };
    case 'polygon':
      return { kind: 'polygon', km2: polygonArea(spec.ring), ring: spec.ring };
    case 'features': {
      const from = data.byId.get(spec.from);
      const to = data.byId.get(spec.to);
      if (!from) problems.push({ kind: 'unknown-feature', id: spec.from });
      if (!to) problems.push({ kind: 'unknown-feature', id: spec.to });
      if (!from || !to) return null;
      return { kind: 'features', km: distanceBetween(from.properties.anchor, to.properties.anchor), from, to };
    }
  }
}

function intersect(sets: (readonly string[])[]): ReadonlySet<string> | null {
  if (sets.length === 0) return null;
  let result = new Set(sets[0]);
  for (const ids of sets.slice(1)) {
    const next = new Set(ids);
    result = new Set([...result].filter((id) => next.has(id)));
  }
  return result;
}

export function answerQuestion(data: QuestionData, question: QuestionState, resolve: AreaResolver): QuestionAnswer {
  const problems: QuestionProblem[] = [];
  const catchmentAnswer = answerCatchment(data, question, problems);
  const area = answerArea(data, question.area, resolve, problems);
  const measure = answerMeasure(data, question.measure, problems);
  const narrowing: string[][] = [];
  if (catchmentAnswer) narrowing.push(catchmentAnswer.ids);
  if (area === 'pending') narrowing.push([]);
  else if (area) narrowing.push(area.ids);
  const answer: QuestionAnswer = { catchment: catchmentAnswer, area, measure, matching: intersect(narrowing), problems };
  const userQuestion: UserLayerQuestion = {
    catchment: catchmentAnswer
      ? { corridors: catchmentAnswer.corridorIds.map((id) => data.byId.get(id) as ProjectFeature & CorridorFeature), distanceKm: question.distanceKm }
      : null,
    area: area && area !== 'pending' ? area.geometry : null,
  };
  if (area !== 'pending' && (userQuestion.catchment || userQuestion.area)) answer.userFeatures = rememberPerLayer((features) => userFeaturesInQuestion(features, userQuestion));
  return answer;
}

/** One answer per layer's features array: views ask on every render. */
function rememberPerLayer(select: (features: readonly Feature[]) => readonly number[]): (features: readonly Feature[]) => readonly number[] {
  const answers = new WeakMap<readonly Feature[], readonly number[]>();
  return (features) => {
    let known = answers.get(features);
    if (!known) answers.set(features, (known = select(features)));
    return known;
  };
}

/**
 * answerQuestion remembering its last inputs: the same data, question and resolver generation
 * give the same answer object without recomputing.
 */
export function memoiseAnswer(): (data: QuestionData, question: QuestionState, resolve: AreaResolver, generation: number) => QuestionAnswer {
  let last: { data: QuestionData; question: QuestionState; generation: number; answer: QuestionAnswer } | null = null;
  return (data, question, resolve, generation) => {
    if (last && last.data === data && last.question === question && last.generation === generation) return last.answer;
    const answer = answerQuestion(data, question, resolve);
    last = { data, question, generation, answer };
    return answer;
  };
}

export function buildQuestionData(features: readonly ProjectFeature[], index: FeatureIndex): QuestionData {
  return { features, byId: new Map(features.map((feature) => [feature.id, feature])), index };
}
