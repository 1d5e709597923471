import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { ProjectFeature } from '../../src/types';
import { buildFeatureIndex, type IndexableFeature } from '../../src/spatial';
import { answerQuestion, buildQuestionData, memoiseAnswer } from '../../src/questions/question-result';
import { NO_QUESTION } from '../../src/questions/question-types';

function feature(id: string, category: ProjectFeature['properties']['category'], geometry: Geometry): ProjectFeature {
  return { type: 'Feature', id, geometry, properties: { id, category, anchor: geometry.type === 'Point' ? geometry.coordinates : [0, 0] } } as unknown as ProjectFeature;
}

// A corridor along the equator from 0° to 1° east; one degree is about 111 km.
const corridor = feature('line', 'corridor', { type: 'LineString', coordinates: [[0, 0], [1, 0]] });
const near = feature('near', 'industrial_park', { type: 'Point', coordinates: [0.5, 0.05] }); // ~5.6 km off
const far = feature('far', 'industrial_park', { type: 'Point', coordinates: [0.5, 0.5] }); // ~56 km off
const east = feature('east', 'platform', { type: 'Point', coordinates: [2, 0.05] }); // beyond the corridor's end
const features = [corridor, near, far, east];
const data = buildQuestionData(features, buildFeatureIndex(features as unknown as IndexableFeature[]));
const noAreas = () => undefined;

describe('answerQuestion', () => {
  it('selects features within the catchment, the corridor itself included', () => {
    const answer = answerQuestion(data, { ...NO_QUESTION, corridors: ['line'], distanceKm: 10 }, noAreas);
    expect(answer.catchment?.ids).toEqual(['line', 'near']);
    expect(answer.catchment?.countsByCategory).toEqual({ corridor: 1, industrial_park: 1 });
    expect([...(answer.matching ?? [])]).toEqual(['line', 'near']);
    expect(answer.catchment?.buffer.type).toMatch(/Polygon/);
  });

  it('intersects catchment and area', () => {
    const question = { ...NO_QUESTION, corridors: ['line'], distanceKm: 60, area: { kind: 'rect' as const, bounds: [0.4, 0.01, 0.6, 1] as [number, number, number, number] } };
    const answer = answerQuestion(data, question, noAreas);
    expect(answer.area !== 'pending' && answer.area?.ids).toEqual(['near', 'far']);
    expect([...(answer.matching ?? [])]).toEqual(['near', 'far']);
  });

  it('reports unknown corridors and areas instead of failing, and waits for pending areas', () => {
    const answer = answerQuestion(data, { ...NO_QUESTION, corridors: ['far', 'nope'], area: { kind: 'unit', adcode: '510100' } }, noAreas);
    expect(answer.problems).toEqual([
      { kind: 'unknown-corridor', id: 'far' },
      { kind: 'unknown-corridor', id: 'nope' },
      { kind: 'unknown-area', area: { kind: 'unit', adcode: '510100' } },
    ]);
    expect(answer.matching).toBeNull();
    const pending = answerQuestion(data, { ...NO_QUESTION, area: { kind: 'unit', adcode: '510100' } }, () => 'pending');
    expect(pending.area).toBe('pending');
    expect(pending.matching?.size).toBe(0);
  });

  it('measures a path, a polygon and the distance between two features', () => {
    const path = answerQuestion(data, { ...NO_QUESTION, measure: { kind: 'path', path: [[0, 0], [1, 0]] } }, noAreas);
    expect(path.measure?.kind === 'path' && path.measure.km).toBeCloseTo(111.2, 0);
    expect(path.matching).toBeNull();
    const between = answerQuestion(data, { ...NO_QUESTION, measure: { kind: 'features', from: 'near', to: 'east' } }, noAreas);
    expect(between.measure?.kind === 'features' && between.measure.km).toBeCloseTo(166.8, 0);
    const area = answerQuestion(data, { ...NO_QUESTION, measure: { kind: 'polygon', ring: [[0, 0], [1, 0], [1, 1], [0, 1]] } }, noAreas);
    // a 1°×1° cell at the equator: about 111.2 km × 111.2 km
    expect(area.measure?.kind === 'polygon' && area.measure.km2).toBeGreaterThan(12_300);
    expect(area.measure?.kind === 'polygon' && area.measure.km2).toBeLessThan(12_400);
  });

  it('remembers the last answer for the same inputs', () => {
    const answer = memoiseAnswer();
    const question = { ...NO_QUESTION, corridors: ['line'] };
    const first = answer(data, question, noAreas, 0);
    expect(answer(data, question, noAreas, 0)).toBe(first);
    expect(answer(data, question, noAreas, 1)).not.toBe(first);
  });
});
