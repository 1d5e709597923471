import { describe, expect, it } from 'vitest';
import { clampYear, nextPlayYear, timelineCounts, timelineEnd } from '../../src/timeline/timeline';
import { NO_FILTERS } from '../../src/filters/filter-state';
import type { ProjectFeature } from '../../src/types';
import { buildScene } from '../../src/state/scene';
import { defaultState, type AppState } from '../../src/state/app-state';
import { NO_QUESTION, type QuestionState } from '../../src/questions/question-types';
import type { QuestionAnswer } from '../../src/questions/question-result';

const feature = (id: string, year: number | null, subtype = 'etdz'): ProjectFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [104, 30] }, properties: { id, year, subtype, category: 'industrial_park', province: 'sichuan', prefectures: [], level: null, status: 'designated', precision: 'exact', in_planning_area: 'yes' } }) as unknown as ProjectFeature;

const features = [feature('a', 1995), feature('b', 2010), feature('c', 2021), feature('d', null), feature('e', 2015, 'htz')];

describe('timelineCounts', () => {
  it('counts what stood in the year, and the unknown years apart', () => {
    expect(timelineCounts(features, 2010)).toEqual({ shown: 2, unknownYear: 1, total: 5 });
    expect(timelineCounts(features, 2000)).toEqual({ shown: 1, unknownYear: 1, total: 5 });
    expect(timelineCounts(features, 2026)).toEqual({ shown: 4, unknownYear: 1, total: 5 });
  });

  it("counts the scene's set: the filters and an area question narrow the totals and the unknown years, the year does not", () => {
    const question: QuestionState = { ...NO_QUESTION, area: { kind: 'unit', adcode: '510104' } };
    // the area holds a, b, d (unknown year) and e; c is outside it; e is filtered out by its type
    const inside = ['a', 'b', 'd', 'e'];
    const answer: QuestionAnswer = { catchment: null, area: { ids: inside, countsByCategory: {}, geometry: { type: 'Polygon', coordinates: [[[103, 29], [105, 29], [105, 31], [103, 29]]] } }, measure: null, matching: new Set(inside), problems: [] };
    const state: AppState = { ...defaultState(['en']), question, filters: { ...NO_FILTERS, hiddenSubtypes: ['htz'], asOf: 2021 } };
    const scene = buildScene(state, { features, userLayers: [] }, { question, answer });
    const counts = timelineCounts(scene.shownIgnoringAsOf, 2021);
    // c (2021) is outside the area: neither on the map nor in the "of N"
    expect(counts).toEqual({ shown: 2, unknownYear: 1, total: 3 });
    expect(counts.shown).toBe(scene.shown.length);
    // another year changes what is shown, not the totals
    const earlier = buildScene({ ...state, filters: { ...state.filters, asOf: 2000 } }, { features, userLayers: [] }, { question, answer });
    expect(timelineCounts(earlier.shownIgnoringAsOf, 2000)).toEqual({ shown: 1, unknownYear: 1, total: 3 });
    expect(earlier.shown.length).toBe(1);
  });
});

describe('timeline years', () => {
  it('ends in the current year and plays once', () => {
    expect(timelineEnd(new Date(2026, 5, 1))).toBe(2026);
    expect(nextPlayYear(2024, 2026)).toBe(2025);
    expect(nextPlayYear(2026, 2026)).toBeNull();
    expect(clampYear(1990, 2026)).toBe(2000);
    expect(clampYear(2030, 2026)).toBe(2026);
  });
});
