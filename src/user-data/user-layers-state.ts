// The planner's own layers as the rest of the app sees them: the saved layers, each layer's
// property filter, and what is shown (visible layers, filtered). Map, table, downloads and export
// read it here and subscribe to changes; only the user-data controller writes to it.
import type { Feature } from 'geojson';
import type { UserLayer } from '../import/layer-store.ts';
import { filterFeatures, type LayerFilter } from './layer-filter.ts';

export type { UserLayer } from '../import/layer-store.ts';
export type { LayerFilter } from './layer-filter.ts';

export interface UserLayersState {
  /** every saved layer, oldest first, hidden ones included */
  getLayers(): readonly UserLayer[];
  getFilter(id: string): LayerFilter | undefined;
  /** the layers the site publishes (data/layers/): drawn first, kept when the planner's layers are replaced */
  setPublished(layers: readonly UserLayer[]): void;
  /** visible layers with only the features that pass their filter: what the map draws */
  getShownLayers(): readonly UserLayer[];
  /** replaces the planner's layers (the published ones stay) */
  setLayers(layers: readonly UserLayer[]): void;
  /** adds the layer, or replaces the one with the same id (a published one in its place) */
  putLayer(layer: UserLayer): void;
  removeLayer(id: string): void;
  setFilter(id: string, filter: LayerFilter | undefined): void;
  /** called after every change; returns a function that unsubscribes */
  subscribe(listener: () => void): () => void;
  /** how many listeners are subscribed (a torn-down app leaves none) */
  subscriberCount(): number;
}

export function createUserLayersState(): UserLayersState {
  let own: UserLayer[] = [];
  let published: UserLayer[] = [];
  let layers: UserLayer[] = [];
  const combine = () => {
    layers = [...published, ...own];
    for (const id of [...filters.keys()]) if (!layers.some((layer) => layer.id === id)) filters.delete(id);
    for (const id of [...filtered.keys()]) if (!layers.some((layer) => layer.id === id)) filtered.delete(id);
  };
  const filters = new Map<string, LayerFilter>();
  const listeners = new Set<() => void>();
  // Worked out once per change, not once per reader: the map, the scene, the panel, the table and the
  // search each ask, and filtering or copying a 200,000-feature layer for each froze the page. An
  // unfiltered layer shows its own list, so whatever a reader keeps per list stays valid.
  let shown: UserLayer[] | undefined;
  const filtered = new Map<string, { from: readonly Feature[]; filter: LayerFilter; features: Feature[] }>();
  const changed = () => {
    shown = undefined;
    for (const listener of [...listeners]) listener();
  };

  return {
    getLayers: () => layers,
    getFilter: (id) => filters.get(id),
    getShownLayers: () =>
      (shown ??= layers.filter((layer) => layer.visible).map((layer) => {
        const filter = filters.get(layer.id);
        if (!filter) return layer;
        // the same filter of the same list gives the same list, kept across changes to other layers
        let kept = filtered.get(layer.id);
        if (kept?.from !== layer.features || kept.filter !== filter) filtered.set(layer.id, (kept = { from: layer.features, filter, features: filterFeatures(layer.features, filter) }));
        return { ...layer, features: kept.features };
      })),
    setPublished(next) {
      published = [...next];
      combine();
      changed();
    },
    setLayers(next) {
      own = [...next];
      combine();
      changed();
    },
    putLayer(layer) {
      const replace = (list: UserLayer[]) => list.map((existing) => (existing.id === layer.id ? layer : existing));
      if (published.some((existing) => existing.id === layer.id)) published = replace(published);
      else own = own.some((existing) => existing.id === layer.id) ? replace(own) : [...own, layer];
      combine();
      changed();
    },
    removeLayer(id) {
      own = own.filter((layer) => layer.id !== id);
      combine();
      changed();
    },
    setFilter(id, filter) {
      if (filter) filters.set(id, filter);
      else filters.delete(id);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberCount: () => listeners.size,
  };
}

/** The app's one instance. */
export const userLayersState: UserLayersState = createUserLayersState();
