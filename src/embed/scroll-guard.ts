// An embedded map must never capture the reader's scrolling. Wheel zoom works only with Ctrl/Cmd
// held, or after a click on the map (until the pointer leaves it); a plain wheel scrolls the host
// page and shows a hint. On touch screens one finger scrolls the page and two fingers move the map.
import type L from 'leaflet';

export interface ScrollGuardOptions {
  map: L.Map;
  container: HTMLElement;
  hint: HTMLElement;
  wheelHint(): string;
  touchHint(): string;
}

const HINT_MS = 1500;
// Trackpads send dozens of small wheel events per gesture: one zoom step per interval at most.
const STEP_INTERVAL_MS = 120;

export function guardScroll({ map, container, hint, wheelHint, touchHint }: ScrollGuardOptions): () => void {
  map.scrollWheelZoom.disable();
  if (window.matchMedia('(pointer: coarse)').matches) {
    map.dragging.disable();
    container.classList.add('embed-map--touch');
  }

  let hideTimer: number | undefined;
  const showHint = (text: string) => {
    hint.textContent = text;
    hint.hidden = false;
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      hint.hidden = true;
    }, HINT_MS);
  };

  let lastStep = 0;
  container.addEventListener(
    'wheel',
    (event) => {
      if (map.scrollWheelZoom.enabled()) return; // the reader clicked the map: Leaflet zooms
      if (!event.ctrlKey && !event.metaKey) {
        showHint(wheelHint());
        return; // not prevented: the host page scrolls
      }
      // Ctrl + wheel would otherwise zoom the whole browser page.
      event.preventDefault();
      const now = performance.now();
      if (now - lastStep < STEP_INTERVAL_MS || event.deltaY === 0) return;
      lastStep = now;
      const point = map.mouseEventToContainerPoint(event);
      map.setZoomAround(point, map.getZoom() + (event.deltaY < 0 ? 1 : -1) * map.options.zoomDelta!);
    },
    { passive: false },
  );

  map.on('click', () => map.scrollWheelZoom.enable());
  container.addEventListener('mouseleave', () => map.scrollWheelZoom.disable());

  // The hint answers a one-finger drag (an attempt to pan), not a tap: a tap picks a feature.
  container.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length === 1 && !map.dragging.enabled()) showHint(touchHint());
    },
    { passive: true },
  );
  return () => window.clearTimeout(hideTimer);
}
