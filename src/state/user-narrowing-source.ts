// The questions' narrowing of the planner's layers as a subscription, for the map's drawing of those
// layers: made before the scene exists (the layers are drawn from the start) and then set from it.
import type { SceneSource } from './scene-source';
import { KEEP_ALL, type UserNarrowing } from './user-narrowing';

export interface UserNarrowingSource {
  get(): UserNarrowing;
  /** Calls the listener after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface SettableUserNarrowing extends UserNarrowingSource {
  /** Follows the scene's narrowing from now on; returns the function that stops following. */
  follow(scene: SceneSource): () => void;
}

export function createUserNarrowingSource(): SettableUserNarrowing {
  let current: UserNarrowing = KEEP_ALL;
  const listeners = new Set<() => void>();
  const set = (next: UserNarrowing) => {
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    follow(scene) {
      set(scene.get().narrowUserFeatures);
      const stop = scene.subscribe((next) => set(next.narrowUserFeatures));
      return () => {
        stop();
        set(KEEP_ALL);
      };
    },
  };
}
