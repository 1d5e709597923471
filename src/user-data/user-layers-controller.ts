// Keeps the saved layers (IndexedDB) and the shared state in step: every change is written to the
// store first and reaches the state only once saved, so a failed write changes nothing on screen.
// `onSaved` runs after each successful change (the page tells its other tabs).
import type { Feature } from 'geojson';
import { createLayerStore, type LayerStore, type UserLayer } from '../import/layer-store.ts';
import type { UserLayersState } from './user-layers-state.ts';

export interface UserLayersController {
  load(): Promise<void>;
  add(name: string, features: Feature[]): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  recolour(id: string, colour: string): Promise<void>;
  setVisible(id: string, visible: boolean): Promise<void>;
  setSizeBy(id: string, column: string | null): Promise<void>;
  remove(id: string): Promise<void>;
  /** adds whole layers (an opened project's): all are kept, or on a failed write none (those written are taken back) */
  restore(layers: readonly UserLayer[]): Promise<void>;
}

export function createUserLayersController(state: UserLayersState, store: LayerStore = createLayerStore(), onSaved: () => void = () => {}): UserLayersController {
  const put = (layer: UserLayer) => {
    state.putLayer(layer);
    onSaved();
  };
  return {
    async load() {
      state.setLayers(await store.list());
    },
    async add(name, features) {
      put(await store.save({ name, features }));
    },
    async rename(id, name) {
      put(await store.rename(id, name));
    },
    async recolour(id, colour) {
      put(await store.recolour(id, colour));
    },
    async setVisible(id, visible) {
      put(await store.setVisible(id, visible));
    },
    async setSizeBy(id, column) {
      put(await store.setSizeBy(id, column));
    },
    async restore(layers) {
      const kept: UserLayer[] = [];
      try {
        for (const layer of layers) kept.push(await store.restore(layer));
      } catch (error) {
        await Promise.allSettled(kept.map((layer) => store.remove(layer.id)));
        throw error;
      }
      for (const layer of kept) state.putLayer(layer);
      if (kept.length > 0) onSaved();
    },
    async remove(id) {
      await store.remove(id);
      state.removeLayer(id);
      onSaved();
    },
  };
}
