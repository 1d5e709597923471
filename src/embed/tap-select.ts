// In the embed a tap (or click) on the map selects the feature nearest to it within 22 px
// (src/embed/tap-pick.ts), instead of whatever element the browser hit-tested first. Taps that
// pick nothing go on to the map as before (a unit is selected). Controls are left alone.
//
// A finger's tap is answered when the finger lifts (pointerup), not at the click the browser makes
// of it afterwards: before that click the browser sends the mouse events a tap stands for (over,
// move, down, focus, up), and on a slow phone they cost more than the whole answer. The tap that
// picked a feature then cancels those events and the click (preventDefault on touchend).
import type L from 'leaflet';
import type { ProjectFeature } from '../types';
import type { Position } from 'geojson';
import { pickFeature, type ScreenPoint, type TapCandidate } from './tap-pick';
import { markerBox } from '../map/marker-box';

function project(map: L.Map, [lon, lat]: Position): ScreenPoint {
  const point = map.latLngToContainerPoint([lat!, lon!]);
  return { x: point.x, y: point.y };
}

/** id of a cluster candidate: the key of its symbol, so a tap on it opens the cluster */
const CLUSTER_PREFIX = 'cluster:';

/**
 * Point symbols as drawn (a lone point, a point spread out of a stack, a cluster standing for
 * several), at the centres of their elements; lines and areas from their geometry.
 */
export function tapCandidates(map: L.Map, features: readonly ProjectFeature[]): TapCandidate[] {
  const container = map.getContainer();
  const symbols = [...container.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]')].flatMap((element): TapCandidate[] => {
    const box = markerBox(map, element);
    if (!box) return [];
    const id = element.getAttribute('data-feature-id') ?? CLUSTER_PREFIX + element.getAttribute('data-cluster')!;
    return [{ id, kind: 'point', at: { x: box.x, y: box.y } }];
  });
  return symbols.concat(features.flatMap((feature): TapCandidate[] => {
    const g = feature.geometry;
    if (g.type === 'Point') return [];
    if (g.type === 'LineString') return [{ id: feature.id, kind: 'line', path: g.coordinates.map((c) => project(map, c)) }];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return [{ id: feature.id, kind: 'area', rings: polygons.flat().map((ring) => ring.map((c) => project(map, c))) }];
  }));
}

/** A finger that moves farther than this between down and up was not tapping. */
const TAP_SLOP_PX = 10;
/** The click a handled tap leaves behind, if the browser could not cancel it, comes within this. */
const TAP_CLICK_MS = 800;

export function selectNearestOnTap(map: L.Map, visible: () => readonly ProjectFeature[], onPick: (id: string) => void): void {
  const container = map.getContainer();
  const onControl = (target: EventTarget | null) => target instanceof Element && target.closest('.leaflet-control') !== null;

  /** Picks the feature nearest to a container point; false when there is none within reach. */
  const answer = (point: L.Point): boolean => {
    const id = pickFeature(point, tapCandidates(map, visible()));
    if (id === null) return false;
    // A click on the map lets the plain wheel zoom it (src/embed/scroll-guard.ts); keep that.
    map.scrollWheelZoom.enable();
    if (id.startsWith(CLUSTER_PREFIX)) {
      const cluster = container.querySelector(`[data-cluster="${CSS.escape(id.slice(CLUSTER_PREFIX.length))}"]`);
      cluster?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    } else {
      onPick(id);
    }
    return true;
  };

  // Touch: one finger down and up again without moving is a tap, answered at the lift.
  const fingers = new Map<number, { x: number; y: number }>();
  let lone = false;
  /** a tap was answered at its lift: its touchend cancels what the browser would make of it */
  let answered = false;
  /** when touchend could not be cancelled: the click it leaves is swallowed until then */
  let swallowClickUntil = -Infinity;
  container.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch') return;
      fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      lone = fingers.size === 1;
    },
    { capture: true },
  );
  const lift = (event: PointerEvent) => {
    const start = fingers.get(event.pointerId);
    fingers.delete(event.pointerId);
    return start;
  };
  container.addEventListener('pointercancel', lift, { capture: true });
  container.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch') return;
      const start = lift(event);
      if (!start || !lone || !event.isTrusted || onControl(event.target)) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX) return;
      answered = answer(map.mouseEventToContainerPoint(event));
      // The cancelled mousedown would have moved focus into the map (and into the frame): keys such
      // as Escape then reach the card.
      if (answered && !container.contains(document.activeElement)) container.focus({ preventScroll: true });
    },
    { capture: true },
  );
  // The tap is answered: the mouse events and the click it would become are not taps of their own.
  container.addEventListener(
    'touchend',
    (event) => {
      if (!answered) return;
      answered = false;
      if (event.cancelable) event.preventDefault();
      else swallowClickUntil = event.timeStamp + TAP_CLICK_MS;
    },
    { capture: true, passive: false },
  );

  container.addEventListener(
    'click',
    (event) => {
      // the click handed on to a cluster below is not a tap of its own
      if (!event.isTrusted) return;
      if (event.timeStamp < swallowClickUntil) {
        // the click the browser made of a tap already answered at the lift
        swallowClickUntil = -Infinity;
        event.stopPropagation();
        event.preventDefault();
        return;
      }
      if (onControl(event.target)) return;
      // the end of a pan, not a tap (Leaflet's Drag handler has moved(); its typings lack it)
      if ((map.dragging as L.Handler & { moved?(): boolean }).moved?.()) return;
      if (!answer(map.mouseEventToContainerPoint(event))) return;
      // Capture phase on the container: Leaflet and the feature under the finger never see this click.
      event.stopPropagation();
      event.preventDefault();
    },
    { capture: true },
  );
}
