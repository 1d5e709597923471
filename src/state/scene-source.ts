// The scene as a subscription: recomputed (memoised) when the state, the question's answer or the
// planner's layers change, and handed to every view. Views subscribe here instead of to the store
// when they draw the shown set, so all of them see the same scene in the same turn.
import type { Store } from './store';
import type { AppState } from './app-state';
import type { ProjectFeature } from '../types';
import { createSceneMemo, type Scene, type SceneAnswers, type SceneData, type SceneUserLayer } from './scene';

export type SceneListener = (scene: Scene, previous: Scene) => void;

export interface SceneSource {
  get(): Scene;
  /** Calls the listener after each change of the scene; returns the unsubscribe function. */
  subscribe(listener: SceneListener): () => void;
  /** how many listeners are subscribed (a torn-down app leaves none) */
  subscriberCount(): number;
  /** Recomputes after the answer provider's own inputs changed (an engine or a boundary file arrived). */
  refresh(): void;
  setUserLayers(layers: readonly SceneUserLayer[]): void;
  /** Stops following the store and calling listeners. Those left subscribed still count in subscriberCount, so a view that keeps its subscription past its teardown shows. */
  dispose(): void;
}

export interface SceneSourceOptions {
  store: Store;
  features: readonly ProjectFeature[];
  /** the answer to the state's questions when one is at hand (null: none yet, or no question) */
  answers?: (state: AppState) => SceneAnswers | null;
}

export function createSceneSource({ store, features, answers = () => null }: SceneSourceOptions): SceneSource {
  const memo = createSceneMemo();
  let data: SceneData = { features, userLayers: [] };
  const compute = () => {
    const state = store.getState();
    return memo(state, data, answers(state));
  };
  let scene = compute();
  const listeners = new Set<SceneListener>();
  let disposed = false;
  const update = () => {
    if (disposed) return;
    const next = compute();
    if (next === scene) return;
    const previous = scene;
    scene = next;
    for (const listener of [...listeners]) listener(scene, previous);
  };
  const unsubscribe = store.subscribe(update);
  return {
    get: () => scene,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberCount: () => listeners.size,
    refresh: update,
    setUserLayers(layers) {
      data = { ...data, userLayers: layers };
      update();
    },
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}

/** The scene once no answer is pending (at once when none is), e.g. before an export is drawn. */
export function settledScene(source: SceneSource): Promise<Scene> {
  const now = source.get();
  if (!now.pending) return Promise.resolve(now);
  return new Promise((resolve) => {
    const unsubscribe = source.subscribe((scene) => {
      if (scene.pending) return;
      unsubscribe();
      resolve(scene);
    });
  });
}
