// The planner's imported layers, kept in the browser (IndexedDB via idb-keyval) between visits.
// Only a successful import is ever saved: the import modules never call this store, the UI does,
// with a layer it already has. Every write checks its input first, so a bad call changes nothing.
import type { Feature } from 'geojson';
import { createStore, del, get, keys, set, values, type UseStore } from 'idb-keyval';
import type { PublishedInfo } from '../data/published-layers.ts';

export interface UserLayer {
  id: string;
  name: string;
  /** #rrggbb; checked here because it ends up in map styles */
  colour: string;
  visible: boolean;
  features: Feature[];
  /** ISO 8601 time the layer was saved */
  createdAt: string;
  /** a point layer drawn as proportional symbols: the numeric property its circles are sized by */
  sizeBy?: string;
  /** the property that names each feature, when the layer says (a published layer's sidecar); else guessed (feature-label.ts) */
  nameColumn?: string;
  /** a layer the site publishes (data/layers/), never the planner's: its title, source and precision; not stored, not editable */
  published?: PublishedInfo;
}

/** Where layers are kept: IndexedDB in the browser, a Map in tests or when IndexedDB is unavailable. */
export interface LayerBackend {
  get(id: string): Promise<UserLayer | undefined>;
  set(layer: UserLayer): Promise<void>;
  del(id: string): Promise<void>;
  values(): Promise<UserLayer[]>;
  /** how many layers are kept, without reading their features */
  count(): Promise<number>;
}

// Colours far from every built-in symbol's (src/style/symbology.ts), also under simulated deuteranopia
// and protanopia, each with 3:1 contrast against the land
// (test/style/symbology.test.ts checks both).
export const LAYER_COLOURS = ['#b2182b', '#762a83', '#1b7837', '#c51b7d', '#01665e', '#4d4d4d'] as const;
const MAX_NAME_LENGTH = 200;

/** A key–value store over one IndexedDB object store (sliced-layer-backend.ts's KeyValue). */
interface KeyValue<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<T[]>;
  keys(): Promise<string[]>;
}

function idbKeyValue<T>(dbName: string, storeName: string): KeyValue<T> {
  let store: UseStore | undefined;
  // Opened on first use, so importing this module never touches IndexedDB.
  const useStore = () => (store ??= createStore(dbName, storeName));
  return {
    get: (key) => get<T>(key, useStore()),
    set: (key, value) => set(key, value, useStore()),
    del: (key) => del(key, useStore()),
    values: () => values<T>(useStore()),
    keys: () => keys<string>(useStore()),
  };
}

/**
 * A layer's own record in `storeName`; a large layer's features in slices in a database of their own
 * (sliced-layer-backend.ts, fetched when the store is first opened: the full app's first view is at its size budget).
 */
export async function idbLayerBackend(dbName = 'chengyu-map', storeName = 'user-layers'): Promise<LayerBackend> {
  const { slicedLayerBackend } = await import('./sliced-layer-backend.ts');
  return slicedLayerBackend<UserLayer>(idbKeyValue(dbName, storeName), idbKeyValue(`${dbName}-features`, 'feature-slices'));
}

export function memoryLayerBackend(): LayerBackend {
  const layers = new Map<string, UserLayer>();
  // structuredClone mimics IndexedDB: what comes out is never the object that went in.
  return {
    get: async (id) => (layers.has(id) ? structuredClone(layers.get(id)) : undefined),
    set: async (layer) => void layers.set(layer.id, structuredClone(layer)),
    del: async (id) => void layers.delete(id),
    values: async () => [...layers.values()].map((layer) => structuredClone(layer)),
    count: async () => layers.size,
  };
}

/**
 * IndexedDB when the browser lets the page use it, else layers kept in memory for the session.
 * Some browsers have no IndexedDB (blocked storage, some private modes) or refuse to open it (a
 * SecurityError, or an error event); then the first use switches to memory, once, and says so
 * through `onSessionOnly`, so imports still work and the page can tell the planner they will not last.
 */
export function layerBackendWithFallback(open: () => LayerBackend | Promise<LayerBackend>, onSessionOnly: (reason: unknown) => void): LayerBackend {
  let chosen: Promise<LayerBackend> | undefined;
  const backend = () =>
    (chosen ??= (async () => {
      try {
        const persistent = await open();
        await persistent.values();
        return persistent;
      } catch (reason) {
        onSessionOnly(reason);
        return memoryLayerBackend();
      }
    })());
  return {
    get: async (id) => (await backend()).get(id),
    set: async (layer) => (await backend()).set(layer),
    del: async (id) => (await backend()).del(id),
    values: async () => (await backend()).values(),
    count: async () => (await backend()).count(),
  };
}

export type LayerStoreErrorCode = 'layer-missing' | 'no-features' | 'name-empty' | 'name-too-long' | 'colour-invalid' | 'column-invalid';

/** A refused change; `code` and `params` let the page word it in the planner's language, `message` is English. */
export class LayerStoreError extends Error {
  override name = 'LayerStoreError';
  constructor(readonly code: LayerStoreErrorCode, readonly params: Record<string, string | number>, message: string) {
    super(message);
  }
}

export interface NewLayer {
  name: string;
  features: Feature[];
  colour?: string;
}

export interface LayerStoreOptions {
  backend?: LayerBackend;
  now?: () => Date;
  newId?: () => string;
}

export function createLayerStore(options: LayerStoreOptions = {}) {
  // IndexedDB, its failures passed on (the page uses layerBackendWithFallback to fall back to memory)
  const backend = options.backend ?? layerBackendWithFallback(() => idbLayerBackend(), (reason) => {
    throw reason;
  });
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;

  // Changes run one after another: a rename and a recolour made in quick succession each read the
  // layer as the other left it, so neither writes back the other's old value.
  let pending: Promise<unknown> = Promise.resolve();
  function update(id: string, change: (layer: UserLayer) => UserLayer): Promise<UserLayer> {
    const run = async () => {
      const layer = await backend.get(id);
      if (!layer) throw new LayerStoreError('layer-missing', { id: JSON.stringify(id) }, `no saved layer has the id ${JSON.stringify(id)}`);
      const changed = change(layer);
      await backend.set(changed);
      return changed;
    };
    const next = pending.then(run, run);
    pending = next.catch(() => undefined);
    return next;
  }

  return {
    async save(input: NewLayer): Promise<UserLayer> {
      const name = checkName(input.name);
      if (!Array.isArray(input.features) || input.features.length === 0) {
        throw new LayerStoreError('no-features', { name: JSON.stringify(name) }, `layer ${JSON.stringify(name)} has no features to save`);
      }
      // counted, not read: reading every saved layer's features to count them froze the page
      const existing = await backend.count();
      const colour = input.colour === undefined ? LAYER_COLOURS[existing % LAYER_COLOURS.length] ?? LAYER_COLOURS[0] : checkColour(input.colour);
      const layer: UserLayer = { id: newId(), name, colour, visible: true, features: input.features, createdAt: now().toISOString() };
      await backend.set(layer);
      return layer;
    },
    /**
     * Keeps a whole layer as it is given (one opened from a project file, with its own id, colour,
     * visibility and styling), after the same checks as a new one.
     */
    async restore(layer: UserLayer): Promise<UserLayer> {
      const name = checkName(layer.name);
      if (!Array.isArray(layer.features) || layer.features.length === 0) {
        throw new LayerStoreError('no-features', { name: JSON.stringify(name) }, `layer ${JSON.stringify(name)} has no features to save`);
      }
      const { published: _site, ...own } = layer;
      const kept: UserLayer = { ...own, name, colour: checkColour(layer.colour), ...(layer.sizeBy === undefined ? {} : { sizeBy: checkColumn(layer.sizeBy) }) };
      await backend.set(kept);
      return kept;
    },
    /** Oldest first, the order they were added in. */
    async list(): Promise<UserLayer[]> {
      const layers = await backend.values();
      return layers.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    // async so a bad argument rejects the promise like every other failure, rather than throwing.
    async rename(id: string, name: string): Promise<UserLayer> {
      const checked = checkName(name);
      return update(id, (layer) => ({ ...layer, name: checked }));
    },
    async recolour(id: string, colour: string): Promise<UserLayer> {
      const checked = checkColour(colour);
      return update(id, (layer) => ({ ...layer, colour: checked }));
    },
    /** Size a point layer's circles by a property (proportional symbols), or stop (null). */
    async setSizeBy(id: string, column: string | null): Promise<UserLayer> {
      const checked = column === null ? null : checkColumn(column);
      return update(id, ({ sizeBy: _previous, ...layer }) => (checked === null ? layer : { ...layer, sizeBy: checked }));
    },
    /** Hide (false) or show (true) a layer without removing it. */
    setVisible: (id: string, visible: boolean) => update(id, (layer) => ({ ...layer, visible })),
    async remove(id: string): Promise<void> {
      await backend.del(id);
    },
  };
}

export type LayerStore = ReturnType<typeof createLayerStore>;

function checkName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed === '') throw new LayerStoreError('name-empty', {}, 'a layer name cannot be empty');
  if (trimmed.length > MAX_NAME_LENGTH) throw new LayerStoreError('name-too-long', { max: MAX_NAME_LENGTH }, `a layer name can have at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

function checkColumn(column: unknown): string {
  if (typeof column !== 'string' || column.trim() === '' || column.length > MAX_NAME_LENGTH) {
    throw new LayerStoreError('column-invalid', { column: JSON.stringify(column) ?? String(column) }, `${JSON.stringify(column)} is not a property to size the points by`);
  }
  return column;
}

function checkColour(colour: unknown): string {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) {
    throw new LayerStoreError('colour-invalid', { colour: JSON.stringify(colour) ?? String(colour) }, `colour ${JSON.stringify(colour)} is not of the form #rrggbb`);
  }
  return colour.toLowerCase();
}

function randomId(): string {
  // randomUUID needs a secure context; plain-http hosting still gets a unique enough id.
  return globalThis.crypto?.randomUUID?.() ?? `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
