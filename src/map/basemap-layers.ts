// The non-interactive context: neighbouring provinces (faint), rivers (blue, width by rank) and the
// two province outlines (strong, above the units).
import L from 'leaflet';
import type { VectorGeoJSONOptions } from './vector-options';
import type { BaseBoundaries } from '../data/load-boundaries';
import type { RiverProperties } from '../types';
import { COLORS, riverWeight } from './map-styles';

export const PANES = {
  neighbours: 'neighbours',
  units: 'units',
  counties: 'counties',
  rivers: 'rivers',
  provinces: 'provinces',
  labels: 'seat-labels',
} as const;

// Stacking order: between Leaflet's tile pane (200) and marker pane (600). Others' feature layers
// use Leaflet's overlayPane (400) and markerPane, so they draw above the basemap.
const PANE_Z: Record<string, number> = {
  neighbours: 210,
  units: 220,
  counties: 230,
  rivers: 240,
  provinces: 250,
  'seat-labels': 550,
};

export function createPanes(map: L.Map): void {
  for (const [name, zIndex] of Object.entries(PANE_Z)) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(zIndex);
  }
  // Context panes never take the pointer: events reach the units below.
  for (const name of [PANES.neighbours, PANES.rivers, PANES.provinces, PANES.labels]) {
    map.getPane(name)?.classList.add('pane-passive');
  }
}

export function addBasemapLayers(map: L.Map, data: BaseBoundaries, renderer: (pane: string) => L.Renderer): void {
  L.geoJSON(data.neighbours, <VectorGeoJSONOptions>{
    pane: PANES.neighbours,
    renderer: renderer(PANES.neighbours),
    interactive: false,
    style: { color: COLORS.neighbourLine, weight: 1, fillColor: COLORS.neighbourFill, fillOpacity: 1 },
  }).addTo(map);
  L.geoJSON(data.rivers, <VectorGeoJSONOptions>{
    pane: PANES.rivers,
    renderer: renderer(PANES.rivers),
    interactive: false,
    style: (feature) => ({
      color: COLORS.river,
      weight: riverWeight((feature?.properties as RiverProperties | undefined)?.scalerank ?? 10),
      opacity: 0.85,
      lineCap: 'round',
      lineJoin: 'round',
    }),
  }).addTo(map);
  L.geoJSON(data.provinces, <VectorGeoJSONOptions>{
    pane: PANES.provinces,
    renderer: renderer(PANES.provinces),
    interactive: false,
    style: { color: COLORS.province, weight: 2.2, fill: false },
    onEachFeature(feature, layer) {
      layer.on('add', () =>
        (layer as L.Path).getElement()?.setAttribute('data-province', String(feature.properties?.adcode ?? '')),
      );
    },
  }).addTo(map);
}
