import { describe, expect, it } from 'vitest';
import { createSceneSource, settledScene } from '../../src/state/scene-source';
import type { SceneAnswers } from '../../src/state/scene';
import { createStore } from '../../src/state/store';
import { defaultState } from '../../src/state/app-state';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { NO_QUESTION } from '../../src/questions/question-types';
import { FIXTURE, ids } from '../filters/fixtures';

describe('scene source', () => {
  it('follows the store: a filter change reaches subscribers as a new shown set', () => {
    const store = createStore(defaultState(['en']));
    const source = createSceneSource({ store, features: FIXTURE });
    const seen: string[][] = [];
    source.subscribe((scene) => seen.push(ids(scene.shown)));
    store.dispatch({ filters: { ...NO_FILTERS, levels: ['joint'] } });
    expect(seen).toEqual([['ftz']]);
    expect(ids(source.get().shown)).toEqual(['ftz']);
  });

  it('asks the answer provider on each change and again on refresh, and settles when the answer arrives', async () => {
    const store = createStore(defaultState(['en']));
    let answers: SceneAnswers | null = null;
    const source = createSceneSource({ store, features: FIXTURE, answers: () => answers });
    const question = { ...NO_QUESTION, area: { kind: 'unit' as const, adcode: '510104' } };
    store.dispatch({ question });
    expect(source.get().pending).toBe(true);
    const settled = settledScene(source);
    answers = { question, answer: { catchment: null, area: null, measure: null, matching: new Set(['hitech']), problems: [] } };
    source.refresh();
    const scene = await settled;
    expect(ids(scene.shown)).toEqual(['hitech']);
  });

  it('passes the planner layers on, and after dispose follows the store no more', () => {
    const store = createStore(defaultState(['en']));
    const source = createSceneSource({ store, features: FIXTURE });
    source.setUserLayers([{ id: 'a', name: 'mine', colour: '#000000', features: [{ type: 'Feature', geometry: { type: 'Point' as const, coordinates: [104, 30] }, properties: {} }] }]);
    expect(source.get().userLayers.map((layer) => layer.id)).toEqual(['a']);
    let calls = 0;
    source.subscribe(() => (calls += 1));
    source.dispose();
    store.dispatch({ lang: 'zh' });
    source.refresh();
    source.setUserLayers([]);
    expect(calls).toBe(0);
    expect(source.get().lang).toBe('en');
    // a listener its view never dropped is still counted: a leak shows after the teardown
    expect(source.subscriberCount()).toBe(1);
  });
});
