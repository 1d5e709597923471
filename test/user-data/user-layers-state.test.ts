import { describe, expect, it, vi } from 'vitest';
import type { Feature } from 'geojson';
import { createUserLayersState, type UserLayer } from '../../src/user-data/user-layers-state.ts';
import { createUserLayersController } from '../../src/user-data/user-layers-controller.ts';
import { createLayerStore, memoryLayerBackend } from '../../src/import/layer-store.ts';

const point = (name: string): Feature => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [104, 30] } });
const layer = (id: string, visible = true): UserLayer => ({ id, name: id, colour: '#112233', visible, features: [point('a'), point('b')], createdAt: '2026-01-01T00:00:00.000Z' });

describe('user layers state', () => {
  it('shows visible layers only, with their filter applied', () => {
    const state = createUserLayersState();
    state.setLayers([layer('one'), layer('two', false)]);
    state.setFilter('one', { kind: 'value', field: 'name', value: 'b' });
    const shown = state.getShownLayers();
    expect(shown.map((l) => l.id)).toEqual(['one']);
    expect(shown[0]?.features.map((f) => f.properties?.name)).toEqual(['b']);
    // the saved layer keeps all its features
    expect(state.getLayers()[0]?.features).toHaveLength(2);
  });

  it('tells subscribers about every change until they unsubscribe', () => {
    const state = createUserLayersState();
    const listener = vi.fn();
    const unsubscribe = state.subscribe(listener);
    state.putLayer(layer('one'));
    state.putLayer({ ...layer('one'), name: 'renamed' });
    expect(state.getLayers().map((l) => l.name)).toEqual(['renamed']);
    state.setFilter('one', undefined);
    state.removeLayer('one');
    expect(listener).toHaveBeenCalledTimes(4);
    unsubscribe();
    state.putLayer(layer('two'));
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('forgets the filter of a removed layer', () => {
    const state = createUserLayersState();
    state.setLayers([layer('one')]);
    state.setFilter('one', { kind: 'range', field: 'x', min: 1 });
    state.setLayers([]);
    expect(state.getFilter('one')).toBeUndefined();
  });
});

describe('user layers controller', () => {
  it('saves before showing, and a rejected write leaves the state unchanged', async () => {
    const state = createUserLayersState();
    const store = createLayerStore({ backend: memoryLayerBackend() });
    const controller = createUserLayersController(state, store);
    await controller.add('parks', [point('a')]);
    const [saved] = await store.list();
    expect(state.getLayers()).toEqual([saved]);
    await expect(controller.rename(saved!.id, '   ')).rejects.toThrow();
    await expect(controller.recolour(saved!.id, 'red')).rejects.toThrow();
    await expect(controller.add('empty', [])).rejects.toThrow();
    expect(state.getLayers()).toEqual([saved]);
    await controller.setVisible(saved!.id, false);
    expect(state.getLayers()[0]?.visible).toBe(false);
    await controller.remove(saved!.id);
    expect(state.getLayers()).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('loads the saved layers', async () => {
    const store = createLayerStore({ backend: memoryLayerBackend() });
    await store.save({ name: 'kept', features: [point('a')] });
    const state = createUserLayersState();
    await createUserLayersController(state, store).load();
    expect(state.getLayers().map((l) => l.name)).toEqual(['kept']);
  });
});

describe('published layers in the user layers state', () => {
  it('come first, stay when the planner\'s layers are replaced or removed, and take visibility changes in place', () => {
    const state = createUserLayersState();
    state.setPublished([layer('published-a')]);
    state.setLayers([layer('mine')]);
    expect(state.getLayers().map((l) => l.id)).toEqual(['published-a', 'mine']);
    state.setLayers([]);
    state.removeLayer('published-a');
    expect(state.getLayers().map((l) => l.id)).toEqual(['published-a']);
    state.putLayer({ ...layer('published-a'), visible: false });
    state.putLayer(layer('new'));
    expect(state.getLayers().map((l) => [l.id, l.visible])).toEqual([['published-a', false], ['new', true]]);
    expect(state.getShownLayers().map((l) => l.id)).toEqual(['new']);
  });
});

describe('shown layers are worked out once', () => {
  const point = (name: string): Feature => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [104, 30] } });
  const big = (id: string): UserLayer => ({ id, name: id, colour: '#b2182b', visible: true, features: [point('a'), point('b')], createdAt: '2026-01-01T00:00:00Z' });

  it("shows an unfiltered layer's own list, and a filtered layer's same list until its features or filter change", () => {
    const state = createUserLayersState();
    const [one, two] = [big('one'), big('two')];
    state.setLayers([one, two]);
    expect(state.getShownLayers()[0]?.features).toBe(one.features);
    expect(state.getShownLayers()).toBe(state.getShownLayers());
    const filter = { kind: 'value', field: 'name', value: 'b' } as const;
    state.setFilter('one', filter);
    const first = state.getShownLayers()[0]?.features;
    expect(first?.map((f) => f.properties?.name)).toEqual(['b']);
    // another layer recoloured: the filtered list is the same one
    state.putLayer({ ...two, colour: '#0000ff' });
    expect(state.getShownLayers()[0]?.features).toBe(first);
    state.setFilter('one', { ...filter });
    expect(state.getShownLayers()[0]?.features).not.toBe(first);
  });
});
