// Taps on phones: a finger covers a dozen pixels and a point symbol is smaller than that, so a tap
// that misses every symbol picks the nearest one within 22 px (src/cartography/nearest-point.ts).
// Runs in the capture phase on the map container, before Leaflet sees the click, and hands the
// click to the chosen symbol's element, so it behaves exactly as a direct hit would.
import { nearestWithin } from '../cartography/nearest-point';

export const TAP_RADIUS_PX = 22;

/** what counts as a pickable symbol: point features and clusters */
const PICKABLE = '.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]';

export function addTouchPick(container: HTMLElement, isTouchLayout: () => boolean): () => void {
  const onClick = (event: MouseEvent) => {
    if (!isTouchLayout() || !event.isTrusted) return;
    // while the Annotate tool places a mark, a tap is a point of the mark, not a pick
    if (container.classList.contains('is-annotating')) return;
    const target = event.target as Element | null;
    if (target?.closest(PICKABLE) || target?.closest('.leaflet-control')) return;
    const elements = [...container.querySelectorAll<HTMLElement>(PICKABLE)];
    const centres = elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const index = nearestWithin(centres, { x: event.clientX, y: event.clientY }, TAP_RADIUS_PX);
    if (index < 0) return;
    event.stopPropagation();
    event.preventDefault();
    const chosen = elements[index] as HTMLElement;
    const centre = centres[index]!;
    chosen.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: centre.x, clientY: centre.y, view: window }));
  };
  container.addEventListener('click', onClick, { capture: true });
  return () => container.removeEventListener('click', onClick, { capture: true });
}
