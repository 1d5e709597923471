// In the embed a tap (or click) on the map selects the feature nearest to it within 22 px
// (src/embed/tap-pick.ts), instead of whatever element the browser hit-tested first. Taps that
// pick nothing go on to the map as before (a unit is selected). Controls are left alone.
import type L from 'leaflet';
import type { ProjectFeature } from '../types';
import type { Position } from 'geojson';
import { pickFeature, type ScreenPoint, type TapCandidate } from './tap-pick';

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
  const origin = container.getBoundingClientRect();
  const symbols = [...container.querySelectorAll('.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]')].map((element): TapCandidate => {
    const box = element.getBoundingClientRect();
    const id = element.getAttribute('data-feature-id') ?? CLUSTER_PREFIX + element.getAttribute('data-cluster')!;
    return { id, kind: 'point', at: { x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top } };
  });
  return symbols.concat(features.flatMap((feature): TapCandidate[] => {
    const g = feature.geometry;
    if (g.type === 'Point') return [];
    if (g.type === 'LineString') return [{ id: feature.id, kind: 'line', path: g.coordinates.map((c) => project(map, c)) }];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return [{ id: feature.id, kind: 'area', rings: polygons.flat().map((ring) => ring.map((c) => project(map, c))) }];
  }));
}

export function selectNearestOnTap(map: L.Map, visible: () => readonly ProjectFeature[], onPick: (id: string) => void): void {
  const container = map.getContainer();
  container.addEventListener(
    'click',
    (event) => {
      // the click handed on to a cluster below is not a tap of its own
      if (!event.isTrusted) return;
      const target = event.target as Element | null;
      if (target?.closest('.leaflet-control')) return;
      // the end of a pan, not a tap (Leaflet's Drag handler has moved(); its typings lack it)
      if ((map.dragging as L.Handler & { moved?(): boolean }).moved?.()) return;
      const id = pickFeature(map.mouseEventToContainerPoint(event), tapCandidates(map, visible()));
      if (id === null) return;
      // Capture phase on the container: Leaflet and the feature under the finger never see this click.
      event.stopPropagation();
      event.preventDefault();
      // A click on the map lets the plain wheel zoom it (src/embed/scroll-guard.ts); keep that.
      map.scrollWheelZoom.enable();
      if (id.startsWith(CLUSTER_PREFIX)) {
        const cluster = container.querySelector(`[data-cluster="${CSS.escape(id.slice(CLUSTER_PREFIX.length))}"]`);
        cluster?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        return;
      }
      onPick(id);
    },
    { capture: true },
  );
}
