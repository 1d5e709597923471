// The choropleth as the rest of the app reads it: the current model (fills, values, classes, report)
// or null. The map, legend, details, hover and export subscribe here; only the choropleth panel writes.
import type { ChoroplethModel } from './choropleth-model.ts';

export interface ChoroplethState {
  get(): ChoroplethModel | null;
  set(model: ChoroplethModel | null): void;
  subscribe(listener: () => void): () => void;
  /** how many listeners are subscribed (a torn-down app leaves none) */
  subscriberCount(): number;
}

export function createChoroplethState(): ChoroplethState {
  let current: ChoroplethModel | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(model) {
      current = model;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberCount: () => listeners.size,
  };
}

/** The app's one instance. */
export const choroplethState: ChoroplethState = createChoroplethState();
