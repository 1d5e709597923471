// The layers' views (legends, the feature list, the table) draw once and again whenever the layers
// change or the reader switches language: one subscription pair, one teardown, written once.
import type { Store } from '../state/store';
import type { UserLayersState } from './user-layers-state';

/** Calls `render` now, after every change of `state` and after a language change; returns the unsubscribe. */
export function renderOnLayersAndLang(render: () => void, state: UserLayersState, store: Store): () => void {
  render();
  const stopLayers = state.subscribe(render);
  const stopStore = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) render();
  });
  return () => {
    stopLayers();
    stopStore();
  };
}
