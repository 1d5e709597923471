// Draws the planner's own layers above the project data, each in its layer's colour, redrawn from
// userLayersState whenever a layer, its visibility or its filter changes. Popups are DOM nodes.
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang } from '../types';
import type { UserLayersState } from '../user-data/user-layers-state';
import { buildPropertyTable } from '../user-data/property-table';

const PANE = 'user-layers';
// Above the project features (overlay 400) so a planner's own data is never hidden, below popups.
const PANE_Z = 450;

export interface UserLayerView {
  redraw(): void;
}

export function mountUserLayers(map: L.Map, state: UserLayersState, getLang: () => Lang): UserLayerView {
  const pane = map.createPane(PANE);
  pane.style.zIndex = String(PANE_Z);
  const renderer = L.svg({ pane: PANE });
  const group = L.layerGroup().addTo(map);

  const redraw = () => {
    group.clearLayers();
    for (const layer of state.getShownLayers()) {
      const style: L.PathOptions = { color: layer.colour, fillColor: layer.colour, weight: 2, opacity: 0.9, fillOpacity: 0.25, pane: PANE, renderer, className: 'user-feature' };
      const collection: FeatureCollection = { type: 'FeatureCollection', features: layer.features };
      const geo = L.geoJSON(collection, {
        pane: PANE,
        style: () => style,
        // Circle markers, not image markers: drawn as SVG in the layer's colour, no icon files to fetch.
        pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { ...style, radius: 6, fillOpacity: 0.7 }),
        onEachFeature: (feature: Feature, leafletLayer) => {
          leafletLayer.bindPopup(() => buildPropertyTable(feature, layer.name, getLang()), { maxWidth: 360, maxHeight: 320 });
          leafletLayer.on('add', () => {
            const element = (leafletLayer as L.Path).getElement?.();
            element?.setAttribute('data-user-layer', layer.id);
          });
        },
      });
      group.addLayer(geo);
    }
  };
  redraw();
  state.subscribe(redraw);
  return { redraw };
}
