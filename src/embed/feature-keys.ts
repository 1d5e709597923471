// The embed's keyboard route through the map: the map is one Tab stop (its features are not), and
// the arrow keys move between the features in the order of the hidden list that screen readers
// read (Right/Down next, Left/Up previous, Home/End first/last); Escape goes back to the map, Enter
// or Space selects. Without this a reader pressed Tab 149 times to get past 85 features.

const KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Escape']);

/** `order()` gives the ids of the features shown, in list order. */
export function routeArrowsToFeatures(container: HTMLElement, order: () => readonly string[]): void {
  const elementFor = (id: string) => container.querySelector<SVGElement | HTMLElement>(`[data-feature-id="${CSS.escape(id)}"][role="button"]`);
  // Capture on the parent: runs before Leaflet's own arrow handling (panning) on the container.
  const host = container.parentElement ?? container;
  host.addEventListener(
    'keydown',
    (event) => {
      if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const current = target?.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? null;
      if (target !== container && current === null) return;
      if (event.key === 'Escape') {
        if (current === null) return;
        container.focus();
      } else {
        const ids = order().filter((id) => elementFor(id) !== null);
        if (ids.length === 0) return;
        const at = current === null ? -1 : ids.indexOf(current);
        const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
        const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
        let next: number;
        if (event.key === 'Home') next = 0;
        else if (event.key === 'End') next = ids.length - 1;
        else if (forward) next = at < 0 ? 0 : Math.min(ids.length - 1, at + 1);
        else if (back) next = at < 0 ? ids.length - 1 : Math.max(0, at - 1);
        else return;
        elementFor(ids[next] as string)?.focus();
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
