import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { STORE_SLICE, slicedLayerBackend, type KeyValue } from '../../src/import/sliced-layer-backend.ts';
import { createLayerStore } from '../../src/import/layer-store.ts';

/** A Map standing in for an IndexedDB object store, copying values as IndexedDB does, and counting writes. */
function mapStore<T>() {
  const map = new Map<string, T>();
  const writes: string[] = [];
  const kv: KeyValue<T> = {
    get: async (key) => (map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: async (key, value) => {
      writes.push(key);
      map.set(key, structuredClone(value));
    },
    del: async (key) => void map.delete(key),
    values: async () => [...map.values()].map((value) => structuredClone(value)),
    keys: async () => [...map.keys()],
  };
  return { kv, map, writes };
}

const points = (count: number): Feature[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'Feature', properties: { n: i }, geometry: { type: 'Point', coordinates: [104 + i / 1e6, 30] } }));

function setup() {
  const layers = mapStore<never>();
  const slices = mapStore<Feature[]>();
  let id = 0;
  const store = createLayerStore({ backend: slicedLayerBackend(layers.kv, slices.kv), newId: () => `layer-${++id}` });
  return { layers, slices, store };
}

describe('slicedLayerBackend', () => {
  it('keeps 12,501 features in three slices of at most 5,000 and gives every one back, in order', async () => {
    const { slices, store } = setup();
    expect(STORE_SLICE).toBe(5_000);
    await store.save({ name: 'Sites', features: points(12_501) });
    expect([...slices.map.keys()]).toEqual(['layer-1/0', 'layer-1/1', 'layer-1/2']);
    expect([...slices.map.values()].map((slice) => slice.length)).toEqual([5_000, 5_000, 2_501]);
    const [layer] = await store.list();
    expect(layer?.features).toHaveLength(12_501);
    expect(layer?.features.map((f) => f.properties?.n)).toEqual(points(12_501).map((f) => f.properties?.n));
  });

  it('keeps a small layer in one record, as before', async () => {
    const { slices, layers, store } = setup();
    await store.save({ name: 'Few', features: points(3) });
    expect(slices.map.size).toBe(0);
    expect((await store.list())[0]?.features).toHaveLength(3);
    expect(layers.writes).toEqual(['layer-1']);
  });

  it('renames, recolours and hides a large layer without writing its features again', async () => {
    const { slices, store } = setup();
    const saved = await store.save({ name: 'Sites', features: points(10_000) });
    expect(slices.writes).toHaveLength(2);
    await store.recolour(saved.id, '#0000ff');
    await store.rename(saved.id, 'Sites 2');
    await store.setVisible(saved.id, false);
    expect(slices.writes).toHaveLength(2);
    const [layer] = await store.list();
    expect(layer).toMatchObject({ name: 'Sites 2', colour: '#0000ff', visible: false });
    expect(layer?.features).toHaveLength(10_000);
  });

  it('removes a large layer with all its slices', async () => {
    const { slices, layers, store } = setup();
    const saved = await store.save({ name: 'Sites', features: points(7_500) });
    await store.save({ name: 'Other', features: points(6_000) });
    await store.remove(saved.id);
    expect([...slices.map.keys()]).toEqual(['layer-2/0', 'layer-2/1']);
    expect([...layers.map.keys()]).toEqual(['layer-2']);
    expect((await store.list()).map((l) => l.name)).toEqual(['Other']);
  });

  it('says which part is missing when a slice is gone, rather than showing part of a layer', async () => {
    const { slices, layers, store } = setup();
    await store.save({ name: 'Sites', features: points(7_500) });
    slices.map.delete('layer-1/1');
    // read as the next visit reads it: a new page, nothing held
    const nextVisit = createLayerStore({ backend: slicedLayerBackend(layers.kv, slices.kv) });
    await expect(nextVisit.list()).rejects.toThrow('layer "Sites": part 2 of its features is missing from storage');
  });
});

describe('slicedLayerBackend keeps one feature list per layer', () => {
  it('gives a recoloured large layer back with the very list it was saved with, so the page keeps what it worked out from it', async () => {
    const { store } = setup();
    const features = points(6_000);
    const saved = await store.save({ name: 'Sites', features });
    const recoloured = await store.recolour(saved.id, '#00ff00');
    expect(recoloured.features).toBe(features);
    expect((await store.list())[0]?.features).toBe(features);
  });
});
