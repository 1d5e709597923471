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

export function tapCandidates(map: L.Map, features: readonly ProjectFeature[]): TapCandidate[] {
  return features.map((feature): TapCandidate => {
    const g = feature.geometry;
    if (g.type === 'Point') return { id: feature.id, kind: 'point', at: project(map, g.coordinates) };
    if (g.type === 'LineString') return { id: feature.id, kind: 'line', path: g.coordinates.map((c) => project(map, c)) };
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return { id: feature.id, kind: 'area', rings: polygons.flat().map((ring) => ring.map((c) => project(map, c))) };
  });
}

export function selectNearestOnTap(map: L.Map, visible: () => readonly ProjectFeature[], onPick: (id: string) => void): void {
  const container = map.getContainer();
  container.addEventListener(
    'click',
    (event) => {
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
      onPick(id);
    },
    { capture: true },
  );
}
