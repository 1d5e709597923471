// A minimal store: one immutable AppState, patches in, subscribers notified with the old and new
// state. No DOM here; url-sync.ts connects it to the address bar.
import { normalizeView, type AppState } from './app-state';
import { deepEqual } from './equal';

export type StatePatch = Partial<AppState>;
export type Action = StatePatch | ((state: AppState) => StatePatch);

/** Where a change came from: "history" changes (back/forward) must not be pushed again. */
export type ChangeSource = 'user' | 'history';

export type Listener = (state: AppState, previous: AppState, source: ChangeSource) => void;

export interface Store {
  getState(): AppState;
  /** Applies the patch; listeners run only when something actually changed. */
  dispatch(action: Action, source?: ChangeSource): AppState;
  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
  /** how many listeners are subscribed (a torn-down app leaves none) */
  subscriberCount(): number;
}

function canonical(state: AppState): AppState {
  return state.view === null ? state : { ...state, view: normalizeView(state.view) };
}

export function createStore(initial: AppState): Store {
  let state: AppState = Object.freeze(canonical(initial));
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action, source = 'user') {
      const patch = typeof action === 'function' ? action(state) : action;
      const next = canonical({ ...state, ...patch });
      const changed = (Object.keys(next) as (keyof AppState)[]).some((key) => !deepEqual(next[key], state[key]));
      if (!changed) return state;
      const previous = state;
      state = Object.freeze(next);
      for (const listener of [...listeners]) listener(state, previous, source);
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscriberCount: () => listeners.size,
  };
}
