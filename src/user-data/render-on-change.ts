// The layers' views draw once and again whenever what they show changes or the reader switches
// language: one subscription, one teardown, written once. The legends follow the layers as saved and
// count what the spatial questions leave of them; the feature list and the table follow the scene's
// layers, narrowed by the questions.
import type { Store } from '../state/store';
import type { Scene } from '../state/scene';
import type { SceneSource } from '../state/scene-source';
import type { UserLayersState } from './user-layers-state';
import type { UserNarrowingSource } from '../state/user-narrowing-source';

/** Calls `render` now, after every change of `state`, of the questions' `narrowing` and of the language; returns the unsubscribe. */
export function renderOnLayersAndLang(render: () => void, state: UserLayersState, store: Store, narrowing?: UserNarrowingSource): () => void {
  render();
  const stopLayers = state.subscribe(render);
  const stopNarrowing = narrowing?.subscribe(render);
  const stopStore = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) render();
  });
  return () => {
    stopLayers();
    stopNarrowing?.();
    stopStore();
  };
}

/** Calls `render` with the scene now, and again whenever its planner's layers (shown, filtered and narrowed by the questions) or its language change; returns the unsubscribe. */
export function renderOnSceneLayers(render: (scene: Scene) => void, scene: SceneSource): () => void {
  render(scene.get());
  return scene.subscribe((next, previous) => {
    if (next.userLayers !== previous.userLayers || next.lang !== previous.lang) render(next);
  });
}
