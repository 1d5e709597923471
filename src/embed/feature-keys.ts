// The embed's keyboard route through the map: the map is one Tab stop (its features are not), and
// the arrow keys move between the features in the order of the hidden list that screen readers
// read (Right/Down next, Left/Up previous, Home/End first/last); Escape goes back to the map, Enter
// or Space selects (on a cluster: opens it). Without this a reader pressed Tab 149 times to get past 85 features.

const KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Escape']);

/**
 * The elements the arrows stop at, in list order: each feature's own element, or the cluster symbol
 * that stands for it (once, where its first member comes in the list).
 */
function stopsInOrder(container: HTMLElement, ids: readonly string[]): Element[] {
  const own = new Map<string, Element>();
  for (const element of container.querySelectorAll('[data-feature-id][role="button"]')) own.set(element.getAttribute('data-feature-id')!, element);
  for (const cluster of container.querySelectorAll('[data-cluster-members][role="button"]')) {
    for (const id of cluster.getAttribute('data-cluster-members')!.split(' ')) if (!own.has(id)) own.set(id, cluster);
  }
  const stops: Element[] = [];
  const seen = new Set<Element>();
  for (const id of ids) {
    const element = own.get(id);
    if (!element || seen.has(element)) continue;
    seen.add(element);
    stops.push(element);
  }
  return stops;
}

/** `order()` gives the ids of the features shown, in list order. */
export function routeArrowsToFeatures(container: HTMLElement, order: () => readonly string[]): void {
  // Capture on the parent: runs before Leaflet's own arrow handling (panning) on the container.
  const host = container.parentElement ?? container;
  host.addEventListener(
    'keydown',
    (event) => {
      if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const current = target?.closest('[data-feature-id], [data-cluster-members]') ?? null;
      if (target !== container && current === null) return;
      if (event.key === 'Escape') {
        if (current === null) return;
        // a spread-out stack folds back first (the cluster view handles that Escape)
        if (current.closest('.leaflet-marker-icon')?.hasAttribute('data-feature-id') && container.querySelector('path.cluster-leg')) return;
        container.focus();
      } else {
        const stops = stopsInOrder(container, order());
        if (stops.length === 0) return;
        const at = current === null ? -1 : stops.indexOf(current);
        const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
        const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
        let next: number;
        if (event.key === 'Home') next = 0;
        else if (event.key === 'End') next = stops.length - 1;
        else if (forward) next = at < 0 ? 0 : Math.min(stops.length - 1, at + 1);
        else if (back) next = at < 0 ? stops.length - 1 : Math.max(0, at - 1);
        else return;
        (stops[next] as HTMLElement | SVGElement).focus();
      }
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true },
  );
}

/**
 * Chromium makes Leaflet's interactive SVG paths (the units under the features) Tab stops even
 * without a tabindex; in the embed they are reached by pointer only, so each gets tabindex -1 as it
 * is drawn (counties arrive later, when zoomed in).
 */
export function keepPathsOutOfTabOrder(container: HTMLElement): void {
  const mark = () => {
    for (const path of container.querySelectorAll('path.leaflet-interactive:not([tabindex])')) path.setAttribute('tabindex', '-1');
  };
  mark();
  new MutationObserver(mark).observe(container, { childList: true, subtree: true });
}
