// Keeps a large layer's features in slices, one record each, beside a small record of the layer.
// IndexedDB copies a record on the page's main thread when it is written and again when it is read:
// 200,000 features in one record froze the page for about a second each way, where a slice of
// STORE_SLICE features takes tens of milliseconds and the page answers between slices (10,000 took
// 55–60 ms on a loaded two-core machine, the longest part of saving a 200,000-row import). A change
// of name, colour or visibility rewrites the small record only, and reads it back with the feature
// list this backend already holds for that layer (a layer's features never change under its id),
// so the page keeps one list per layer and whatever it worked out from it.
import type { Feature } from 'geojson';

/** Features per stored slice; a layer with no more than this is kept in one record, as before. */
export const STORE_SLICE = 5_000;

/** A key–value store (idb-keyval over one object store, or a Map in tests). */
export interface KeyValue<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<T[]>;
  keys(): Promise<string[]>;
}

/** What this backend needs of a layer (layer-store.ts's UserLayer; not imported, so the two do not import each other). */
interface StoredLayer {
  id: string;
  name: string;
  features: Feature[];
}

/** The layer's record: its features moved out to `slices` records when there are more than STORE_SLICE. */
type LayerRecord<L> = L & { slices?: number };

/** layer-store.ts's LayerBackend for layers of type L. */
export interface SlicedBackend<L> {
  get(id: string): Promise<L | undefined>;
  set(layer: L): Promise<void>;
  del(id: string): Promise<void>;
  values(): Promise<L[]>;
  count(): Promise<number>;
}

const sliceKey = (id: string, k: number) => `${id}/${k}`;

export function slicedLayerBackend<L extends StoredLayer>(layers: KeyValue<LayerRecord<L>>, slices: KeyValue<Feature[]>): SlicedBackend<L> {
  /** the feature list each large layer's slices hold, as last written or read */
  const held = new Map<string, Feature[]>();

  async function assemble(record: LayerRecord<L>): Promise<L> {
    const { slices: count, ...rest } = record;
    const layer = rest as unknown as L;
    if (count === undefined) return layer;
    const known = held.get(layer.id);
    if (known && Math.ceil(known.length / STORE_SLICE) === count) return { ...layer, features: known };
    const features: Feature[] = [];
    for (let k = 0; k < count; k++) {
      // one record per read: the page reads each slice in a task of its own
      const slice = await slices.get(sliceKey(layer.id, k));
      if (!slice) throw new Error(`layer ${JSON.stringify(layer.name)}: part ${k + 1} of its features is missing from storage`);
      for (const feature of slice) features.push(feature);
    }
    held.set(layer.id, features);
    return { ...layer, features };
  }

  async function dropSlices(id: string, from: number, to: number): Promise<void> {
    for (let k = from; k < to; k++) await slices.del(sliceKey(id, k));
  }

  return {
    async get(id) {
      const record = await layers.get(id);
      return record ? assemble(record) : undefined;
    },
    async set(layer) {
      const previous = (await layers.get(layer.id))?.slices ?? 0;
      const { features } = layer;
      if (features.length <= STORE_SLICE) {
        await layers.set(layer.id, layer);
        await dropSlices(layer.id, 0, previous);
        held.delete(layer.id);
        return;
      }
      const count = Math.ceil(features.length / STORE_SLICE);
      if (held.get(layer.id) !== features || previous !== count) {
        for (let k = 0; k < count; k++) await slices.set(sliceKey(layer.id, k), features.slice(k * STORE_SLICE, (k + 1) * STORE_SLICE));
        await dropSlices(layer.id, count, previous);
        held.set(layer.id, features);
      }
      await layers.set(layer.id, { ...layer, features: [], slices: count });
    },
    async del(id) {
      const previous = (await layers.get(id))?.slices ?? 0;
      await layers.del(id);
      held.delete(id);
      await dropSlices(id, 0, previous);
    },
    async values() {
      const records = await layers.values();
      const assembled: L[] = [];
      for (const record of records) assembled.push(await assemble(record));
      return assembled;
    },
    count: async () => (await layers.keys()).length,
  };
}
