// Keeps the address bar and the store in step: discrete changes push a history entry, view changes
// replace the current one (debounced, so panning does not flood history), and back/forward restores
// the state the URL describes.
import type { AppState } from './app-state';
import type { Store } from './store';
import type { UrlCodec, UrlIssue } from './url-codec';

export interface UrlSyncOptions {
  store: Store;
  codec: UrlCodec;
  /** the state a URL without parameters means (default language from the browser, fitted view) */
  defaults: AppState;
  /** called with the problems of a URL reached by back/forward */
  onIssues?: (issues: UrlIssue[]) => void;
  replaceDelayMs?: number;
}

export function startUrlSync({ store, codec, defaults, onIssues, replaceDelayMs = 400 }: UrlSyncOptions): () => void {
  let pendingReplace: ReturnType<typeof setTimeout> | undefined;

  function urlFor(state: AppState): string {
    const { pathname, hash } = window.location;
    return `${pathname}${codec.serialize(state)}${hash}`;
  }

  function flushReplace(): void {
    if (pendingReplace === undefined) return;
    clearTimeout(pendingReplace);
    pendingReplace = undefined;
    window.history.replaceState(null, '', urlFor(store.getState()));
  }

  const unsubscribe = store.subscribe((state, previous, source) => {
    if (source === 'history') return;
    const mode = codec.historyMode(previous, state);
    if (mode === 'push') {
      // The entry being left keeps the view it had, so "back" returns to it.
      if (pendingReplace !== undefined) {
        clearTimeout(pendingReplace);
        pendingReplace = undefined;
        window.history.replaceState(null, '', urlFor({ ...previous }));
      }
      window.history.pushState(null, '', urlFor(state));
    } else if (mode === 'replace') {
      if (pendingReplace !== undefined) clearTimeout(pendingReplace);
      pendingReplace = setTimeout(() => {
        pendingReplace = undefined;
        window.history.replaceState(null, '', urlFor(store.getState()));
      }, replaceDelayMs);
    }
  });

  function onPopState(): void {
    if (pendingReplace !== undefined) clearTimeout(pendingReplace);
    pendingReplace = undefined;
    const { state, issues } = codec.parse(window.location.search, defaults);
    store.dispatch(state, 'history');
    if (issues.length > 0) onIssues?.(issues);
  }
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', flushReplace);

  return () => {
    flushReplace();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flushReplace);
  };
}
