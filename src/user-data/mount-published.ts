// The site's published layers in the full app: fetched, put into the shared layers state (titles in
// the reader's language, hidden as the state's pubhide= says) and listed in their legend section. Its
// own chunk, loaded only when the build has published layers (manifest.json `layers`), so a site
// without them loads none of it.
import type { Store } from '../state/store';
import { loadPublishedLayers } from '../data/published-layers';
import { translate } from '../i18n/translate';
import { userLayersState } from './user-layers-state';
import { showPublishedLayers, unknownPublishedIds } from './published-layers';
import { mountPublishedLegend } from './published-legend';
import type { UserNarrowingSource } from '../state/user-narrowing-source';

/** Resolves once the layers are in the state; the teardown takes them and their legend away. */
export async function mountPublished(legendSlot: HTMLElement, store: Store, report: (message: string) => void, narrowing?: UserNarrowingSource): Promise<() => void> {
  const layers = await loadPublishedLayers();
  const unknown = unknownPublishedIds(store.getState().hiddenPublished, layers);
  // the rest of the link applies; the ids stay in it, so the reader's own link is not rewritten
  if (unknown.length > 0) report(translate(store.getState().lang, 'published.unknownHidden', { ids: unknown.join(', ') }));
  const apply = showPublishedLayers(userLayersState, layers, () => store.getState().lang, () => store.getState().hiddenPublished);
  const stopStore = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang || next.hiddenPublished !== previous.hiddenPublished) apply();
  });
  const stopLegend = mountPublishedLegend(legendSlot, store, userLayersState, narrowing);
  return () => {
    stopStore();
    stopLegend();
    userLayersState.setPublished([]);
  };
}
