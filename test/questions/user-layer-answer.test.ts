import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import type { ProjectFeature } from '../../src/types';
import { buildFeatureIndex, type IndexableFeature } from '../../src/spatial';
import { userFeaturesInQuestion } from '../../src/questions/user-layer-answer';
import { answerQuestion, buildQuestionData } from '../../src/questions/question-result';
import { NO_QUESTION } from '../../src/questions/question-types';

const own = (geometry: Geometry | null, name: string, id?: string): Feature => ({ type: 'Feature', ...(id ? { id } : {}), geometry: geometry as Geometry, properties: { 名称: name } });

// A corridor along the equator from 0° to 1° east; one degree is about 111 km.
const corridor = { type: 'Feature', id: 'line', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 0]] }, properties: { id: 'line', category: 'corridor', anchor: [0.5, 0] } } as unknown as ProjectFeature;
const square = { type: 'Polygon' as const, coordinates: [[[0.4, -0.2], [0.6, -0.2], [0.6, 0.2], [0.4, 0.2], [0.4, -0.2]]] };

// The planner's layer, in file order (positions 0–6). Two share the id "x", as spreadsheets' ids do.
const layer: Feature[] = [
  own({ type: 'Point', coordinates: [0.5, 0.05] }, 'near, in the square', 'x'), // ~5.6 km from the corridor
  own({ type: 'Point', coordinates: [0.5, 0.5] }, 'far, north of the square', 'x'), // ~56 km
  own({ type: 'Point', coordinates: [0.2, 0.05] }, 'near, west of the square'),
  own({ type: 'LineString', coordinates: [[0.3, 0.1], [0.5, 0.1]] }, 'road into the square'), // ~11 km from the corridor
  own({ type: 'Polygon', coordinates: [[[3, 3], [3.1, 3], [3.1, 3.1], [3, 3]]] }, 'far away'),
  own(null, 'no geometry'),
  own({ type: 'MultiPoint', coordinates: [[0.5, 0]] }, 'a multipoint the questions do not test'),
];

describe('userFeaturesInQuestion', () => {
  it('selects the features within a catchment, by position in the layer', () => {
    expect(userFeaturesInQuestion(layer, { catchment: { corridors: [corridor as never], distanceKm: 10 }, area: null })).toEqual([0, 2]);
    expect(userFeaturesInQuestion(layer, { catchment: { corridors: [corridor as never], distanceKm: 15 }, area: null })).toEqual([0, 2, 3]);
  });

  it('selects the features inside an area: points inside, lines crossing it', () => {
    expect(userFeaturesInQuestion(layer, { catchment: null, area: square })).toEqual([0, 3]);
  });

  it('selects only what both questions select when both are asked', () => {
    expect(userFeaturesInQuestion(layer, { catchment: { corridors: [corridor as never], distanceKm: 10 }, area: square })).toEqual([0]);
  });

  it('selects nothing from an empty layer or when no question is asked', () => {
    expect(userFeaturesInQuestion([], { catchment: null, area: square })).toEqual([]);
    expect(userFeaturesInQuestion(layer, { catchment: null, area: null })).toEqual([]);
  });
});

describe('the answer to the questions, for a planner’s layer', () => {
  const data = buildQuestionData([corridor], buildFeatureIndex([corridor] as unknown as IndexableFeature[]));
  const noAreas = () => undefined;

  it('answers for any layer once a narrowing question is answered', () => {
    const answer = answerQuestion(data, { ...NO_QUESTION, corridors: ['line'], distanceKm: 10, area: { kind: 'rect', bounds: [0.4, -0.2, 0.6, 0.2] } }, noAreas);
    expect(answer.userFeatures?.(layer)).toEqual([0]);
    // asked again for the same layer: the same answer, not a new one
    expect(answer.userFeatures?.(layer)).toBe(answer.userFeatures?.(layer));
  });

  it('has no answer for a layer when nothing narrows (a measurement only) or the area is still loading', () => {
    expect(answerQuestion(data, { ...NO_QUESTION, measure: { kind: 'path', path: [[0, 0], [1, 1]] } }, noAreas).userFeatures).toBeUndefined();
    expect(answerQuestion(data, { ...NO_QUESTION, area: { kind: 'unit', adcode: '510100' } }, () => 'pending').userFeatures).toBeUndefined();
  });
});
