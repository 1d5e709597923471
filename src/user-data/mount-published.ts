// The site's published layers in the full app: fetched, put into the shared layers state (titles in
// the reader's language) and listed in their legend section. Its own chunk, loaded only when the
// build has published layers (manifest.json `layers`), so a site without them loads none of it.
import type { Store } from '../state/store';
import { loadPublishedLayers } from '../data/published-layers';
import { userLayersState } from './user-layers-state';
import { showPublishedLayers } from './published-layers';
import { mountPublishedLegend } from './published-legend';

/** Resolves once the layers are in the state; the teardown takes them and their legend away. */
export async function mountPublished(legendSlot: HTMLElement, store: Store): Promise<() => void> {
  const layers = await loadPublishedLayers();
  const retitle = showPublishedLayers(userLayersState, layers, () => store.getState().lang);
  const stopStore = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) retitle();
  });
  const stopLegend = mountPublishedLegend(legendSlot, store, userLayersState);
  return () => {
    stopStore();
    stopLegend();
    userLayersState.setPublished([]);
  };
}
