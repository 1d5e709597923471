import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildScene, createSceneMemo, currentAnswer, type SceneAnswers, type SceneData } from '../../src/state/scene';
import { defaultState, type AppState } from '../../src/state/app-state';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { NO_QUESTION, type QuestionState } from '../../src/questions/question-types';
import type { QuestionAnswer } from '../../src/questions/question-result';
import { answerQuestion, buildQuestionData } from '../../src/questions/question-result';
import { buildFeatureIndex, type IndexableFeature } from '../../src/spatial';
import { FIXTURE, ids } from '../filters/fixtures';

const base: AppState = defaultState(['en']);
const data: SceneData = { features: FIXTURE, userLayers: [] };
const square: Polygon = { type: 'Polygon', coordinates: [[[103, 29], [105, 29], [105, 31], [103, 31], [103, 29]]] };
const areaQuestion: QuestionState = { ...NO_QUESTION, area: { kind: 'unit', adcode: '510104' } };

/** An answer whose area selects `ids`, as the question engine would give it. */
function areaAnswer(question: QuestionState, selected: string[]): SceneAnswers {
  const answer: QuestionAnswer = {
    catchment: null,
    area: { ids: selected, countsByCategory: {}, geometry: square },
    measure: null,
    matching: new Set(selected),
    problems: [],
  };
  return { question, answer };
}

describe('scene: the shown set', () => {
  it('without a question, shows what the filters let through, in data order, with nothing pending or drawn over', () => {
    const scene = buildScene({ ...base, filters: { ...NO_FILTERS, statuses: ['operating'] } }, data, null);
    expect(ids(scene.shown)).toEqual(['rail', 'nowhere']);
    expect(scene.pending).toBe(false);
    expect(scene.overlay).toBeNull();
    expect(scene.total).toBe(6);
  });

  it('with an area question not yet answered, shows nothing and says it is pending (never the unnarrowed set)', () => {
    const scene = buildScene({ ...base, question: areaQuestion }, data, null);
    expect(scene.pending).toBe(true);
    expect(scene.shown).toEqual([]);
  });

  it('treats an answer to another question as not yet answered', () => {
    const stale = areaAnswer({ ...NO_QUESTION, area: { kind: 'unit', adcode: '510100' } }, ['hitech']);
    const scene = buildScene({ ...base, question: areaQuestion }, data, stale);
    expect(scene.pending).toBe(true);
    expect(currentAnswer(areaQuestion, stale)).toBeNull();
    // an equal question in a new object is the same question
    expect(currentAnswer({ ...areaQuestion }, areaAnswer(areaQuestion, []))).not.toBeNull();
  });

  it('with the answer, shows the features both the filters and the area select, and draws the area', () => {
    const state = { ...base, question: areaQuestion, filters: { ...NO_FILTERS, provinces: ['sichuan' as const] } };
    // the area selects rail, road and ftz; the province filter drops road (Chongqing only)
    const scene = buildScene(state, data, areaAnswer(areaQuestion, ['rail', 'road', 'ftz']));
    expect(ids(scene.shown)).toEqual(['rail', 'ftz']);
    expect(scene.pending).toBe(false);
    expect(scene.overlay?.outline).toEqual({ type: 'MultiPolygon', coordinates: [square.coordinates] });
    expect([...(scene.overlay?.matching ?? [])]).toEqual(['rail', 'ftz']);
  });

  it('counts the legend from the shown set, not from the filters alone', () => {
    const scene = buildScene({ ...base, question: areaQuestion }, data, areaAnswer(areaQuestion, ['rail', 'hitech']));
    const corridor = scene.legend.find((group) => group.category === 'corridor');
    expect(corridor?.visibleCount).toBe(1);
    expect(corridor?.total).toBe(2);
  });

  it('waits while the area boundary file loads, but keeps the answer so far for the overlay', () => {
    const answer: QuestionAnswer = { catchment: null, area: 'pending', measure: null, matching: new Set(), problems: [] };
    const scene = buildScene({ ...base, question: areaQuestion }, data, { question: areaQuestion, answer });
    expect(scene.pending).toBe(true);
    expect(scene.shown).toEqual([]);
    expect(scene.overlay?.answer.area).toBe('pending');
  });

  it('a measurement alone narrows nothing and pends on nothing', () => {
    const question: QuestionState = { ...NO_QUESTION, measure: { kind: 'path', path: [[104, 30], [105, 30]] } };
    const scene = buildScene({ ...base, question }, data, null);
    expect(scene.pending).toBe(false);
    expect(scene.shown).toHaveLength(6);
  });

  it('an answer that narrows nothing (a question the engine rejected) shows the filtered set', () => {
    const answer: QuestionAnswer = { catchment: null, area: null, measure: null, matching: null, problems: [] };
    const scene = buildScene({ ...base, question: areaQuestion }, data, { question: areaQuestion, answer });
    expect(scene.pending).toBe(false);
    expect(scene.shown).toHaveLength(6);
  });

  it('keeps every year of the set for the timeline while a year range narrows the shown set', () => {
    const state = { ...base, question: areaQuestion, filters: { ...NO_FILTERS, years: [2015, 2021] as [number, number] } };
    const scene = buildScene(state, data, areaAnswer(areaQuestion, ['rail', 'hitech', 'bonded', 'nowhere']));
    expect(ids(scene.shown)).toEqual(['rail', 'nowhere']);
    expect(ids(scene.shownIgnoringYear)).toEqual(['rail', 'hitech', 'bonded', 'nowhere']);
  });

  it("keeps every year of the question's set for the timeline's totals while its year (asOf) narrows the shown set", () => {
    const state = { ...base, question: areaQuestion, filters: { ...NO_FILTERS, asOf: 2016 } };
    const scene = buildScene(state, data, areaAnswer(areaQuestion, ['rail', 'hitech', 'bonded', 'nowhere']));
    expect(ids(scene.shownIgnoringAsOf)).toEqual(['rail', 'hitech', 'bonded', 'nowhere']);
    expect(ids(scene.shown)).toEqual(ids(scene.shownIgnoringAsOf.filter((f) => f.properties.year !== null && f.properties.year <= 2016)));
    // without a year, the same array as the shown set
    const always = buildScene({ ...state, filters: NO_FILTERS }, data, areaAnswer(areaQuestion, ['rail']));
    expect(always.shownIgnoringAsOf).toBe(always.shown);
  });

  it('narrows with a real answer from the question engine: a drawn rectangle and a catchment combined', () => {
    const index = buildFeatureIndex(FIXTURE as unknown as IndexableFeature[]);
    const question: QuestionState = { ...NO_QUESTION, corridors: ['road'], distanceKm: 5, area: { kind: 'rect', bounds: [105.9, 29, 107.1, 30] } };
    const answer = answerQuestion(buildQuestionData(FIXTURE, index), question, () => undefined);
    const scene = buildScene({ ...base, question }, data, { question, answer });
    // the rectangle holds the road and the rail's eastern end; both lie within 5 km of the road (they
    // meet at 106, 29.5); every point feature sits at 104, 30, outside both
    expect(ids(scene.shown)).toEqual(['rail', 'road']);
    expect(scene.overlay?.outline?.coordinates.length).toBeGreaterThanOrEqual(2);
  });
});

describe('scene: passing through and memoising', () => {
  it('carries the selection, the view and the non-empty user layers', () => {
    const layer = { id: 'a', name: 'mine', colour: '#112233', features: [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [104, 30] }, properties: {} }] };
    const empty = { ...layer, id: 'b', features: [] };
    const scene = buildScene({ ...base, selection: { kind: 'feature', id: 'rail' }, view: { lat: 30, lon: 104, zoom: 8 } }, { ...data, userLayers: [layer, empty] }, null);
    expect(scene.selection).toEqual({ kind: 'feature', id: 'rail' });
    expect(scene.view).toEqual({ lat: 30, lon: 104, zoom: 8 });
    expect(scene.userLayers.map((l) => l.id)).toEqual(['a']);
  });

  it('gives the same scene for the same inputs, keeps the shown array when only the language changes, and not when filters do', () => {
    const scene = createSceneMemo();
    const first = scene(base, data, null);
    expect(scene(base, data, null)).toBe(first);
    const zh = scene({ ...base, lang: 'zh' }, data, null);
    expect(zh).not.toBe(first);
    expect(zh.lang).toBe('zh');
    expect(zh.shown).toBe(first.shown);
    expect(zh.legend).toBe(first.legend);
    const filtered = scene({ ...base, filters: { ...NO_FILTERS, levels: ['joint'] } }, data, null);
    expect(filtered.shown).not.toBe(first.shown);
    expect(ids(filtered.shown)).toEqual(['ftz']);
  });
});

describe('scene: the planner\'s layers under a question', () => {
  const point = (lon: number, lat: number, name: string) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] }, properties: { name } });
  // inside the rectangle 105.9–107.1 E × 29–30 N: 在内; outside: 在外 (west of it) and 远处 (north)
  const mine = { id: 'mine', name: 'mine', colour: '#112233', nameColumn: 'name', features: [point(104, 29.5, '在外'), point(106.5, 29.5, '在内'), point(106.5, 31, '远处')] };
  const elsewhere = { ...mine, id: 'elsewhere', features: [point(103, 28, '别处')] };
  const withMine: SceneData = { ...data, userLayers: [mine, elsewhere] };
  const question: QuestionState = { ...NO_QUESTION, area: { kind: 'rect', bounds: [105.9, 29, 107.1, 30] } };
  const index = buildFeatureIndex(FIXTURE as unknown as IndexableFeature[]);
  const answered = (): SceneAnswers => ({ question, answer: answerQuestion(buildQuestionData(FIXTURE, index), question, () => undefined) });
  const names = (layers: readonly { features: readonly { properties: unknown }[] }[]) => layers.map((layer) => layer.features.map((f) => (f.properties as { name: string }).name));

  it('without a question, draws every feature', () => {
    const scene = buildScene(base, withMine, null);
    expect(names(scene.userLayers)).toEqual([['在外', '在内', '远处'], ['别处']]);
    expect(scene.userLayersAsked).toEqual(scene.userLayers);
  });

  it('with the answer, draws only the features the area selects and leaves out a layer with none; the written answer still sees them all', () => {
    const scene = buildScene({ ...base, question }, withMine, answered());
    expect(names(scene.userLayers)).toEqual([['在内']]);
    expect(scene.userLayers[0]?.id).toBe('mine');
    expect(names(scene.userLayersAsked)).toEqual([['在外', '在内', '远处'], ['别处']]);
  });

  it('draws none of them while the answer is pending, as for the projects', () => {
    const scene = buildScene({ ...base, question }, withMine, null);
    expect(scene.pending).toBe(true);
    expect(scene.userLayers).toEqual([]);
  });

  it('keeps the narrowed layers across a change of language, and draws them all again once the question is cleared', () => {
    const memo = createSceneMemo();
    const answers = answered();
    const first = memo({ ...base, question }, withMine, answers);
    const zh = memo({ ...base, question, lang: 'zh' }, withMine, answers);
    expect(zh.userLayers).toBe(first.userLayers);
    expect(zh.narrowUserFeatures).toBe(first.narrowUserFeatures);
    const cleared = memo(base, withMine, answers);
    expect(names(cleared.userLayers)).toEqual([['在外', '在内', '远处'], ['别处']]);
    expect(cleared.narrowUserFeatures(mine.features)).toBe(mine.features);
  });

  it('keeps a layer\'s sized circles however many features it draws, before and after the question', () => {
    const crowd = Array.from({ length: 1001 }, (_, i) => point(103 + i * 0.001, 28, `外${i}`));
    const sized = { ...mine, id: 'sized', features: [point(106.5, 29.5, '在内'), ...crowd], sizes: { column: 'v', max: 10 } };
    const all = buildScene(base, { ...data, userLayers: [sized] }, null);
    expect(all.userLayers[0]?.features).toHaveLength(1002);
    expect(all.userLayers[0]?.sizes).toEqual({ column: 'v', max: 10 });
    const asked = buildScene({ ...base, question }, { ...data, userLayers: [sized] }, answered());
    expect(names(asked.userLayers)).toEqual([['在内']]);
    expect(asked.userLayers[0]?.sizes).toEqual({ column: 'v', max: 10 });
  });
});
