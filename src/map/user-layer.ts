// Draws the planner's own layers above the project data, each in its layer's colour, redrawn from
// userLayersState whenever a layer, its visibility or its filter changes. Popups are DOM nodes.
// A layer showing up to CANVAS_THRESHOLD features is SVG: one focusable element per feature. Above
// it the layer goes on one canvas (user-layer-canvas.ts): the importer accepts 200,000 features, and
// one SVG element each froze the map for seconds (README "Imported layers on the map"). What the
// canvas draws from is worked out once per feature list (user-layer-drawing.ts), so a recolour
// or a change to another layer does not take 200,000 features apart again.
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang } from '../types';
import type { UserLayersState } from '../user-data/user-layers-state';
import { buildPropertyTable } from '../user-data/property-table';
import type { UserCanvasLayer } from './user-layer-canvas';
import { drawingLater, drawingNow } from './user-layer-drawing';
import { CANVAS_THRESHOLD } from '../style/user-layer-limits';
import { el } from '../ui/dom';
import { symbolScale, NO_VALUE_RADIUS } from '../style/proportional-symbols';
import { featureColour, featureName, layerNameKey, nameKey } from '../import/feature-label';
import type { PublishedInfo } from '../data/published-layers';
import type { UserNarrowingSource } from '../state/user-narrowing-source';
import type { UserLayer } from '../user-data/user-layers-state';

const PANE = 'user-layers';
// Areas and lines above the project areas and lines (overlay 400), so a planner's own data is never
// hidden, yet below the project points, which a wide imported polygon would otherwise cover.
const PANE_Z = 450;
// Points above the project points and their clusters (600), below tooltips (650) and popups.
const POINT_PANE = 'user-points';
const POINT_PANE_Z = 610;
export { CANVAS_THRESHOLD };
const POPUP_OPTIONS: L.PopupOptions = { maxWidth: 360, maxHeight: 320 };

// The canvas drawing and its hit-testing are fetched the first time a layer needs them: most
// planners never import more than CANVAS_THRESHOLD features, and the first view is at its budget.
let canvasPart: typeof import('./user-layer-canvas') | undefined;
let loadingCanvas: Promise<void> | undefined;
const loadCanvasPart = () =>
  (loadingCanvas ??= import('./user-layer-canvas').then((part) => {
    canvasPart = part;
  }, (error: unknown) => {
    loadingCanvas = undefined; // tried again on the next change
    throw error;
  }));

const isPoint = (feature: Feature | undefined) => feature?.geometry?.type === 'Point' || feature?.geometry?.type === 'MultiPoint';

export interface UserLayerView {
  redraw(): void;
  /** takes the layers off the map and stops following the state */
  teardown(): void;
}

/**
 * `narrowing`: the spatial questions' narrowing; features outside the answer are off the map, as the
 * projects outside it are (the scene and so the export leave them out too).
 */
export function mountUserLayers(map: L.Map, state: UserLayersState, getLang: () => Lang, narrowing?: UserNarrowingSource): UserLayerView {
  const pane = map.createPane(PANE);
  pane.style.zIndex = String(PANE_Z);
  const renderer = L.svg({ pane: PANE });
  map.createPane(POINT_PANE).style.zIndex = String(POINT_PANE_Z);
  const pointRenderer = L.svg({ pane: POINT_PANE });
  const group = L.layerGroup();
  /** canvas-drawn layers, bottom first, with the name their popup shows */
  let canvases: { layer: UserCanvasLayer; name: string; nameColumn?: string; published?: PublishedInfo }[] = [];

  const fullLayer = (id: string) => state.getLayers().find((candidate) => candidate.id === id);
  const drawnLayers = (): UserLayer[] => {
    const narrow = narrowing?.get();
    const shown = state.getShownLayers();
    return narrow ? shown.map((layer) => {
      const features = narrow(layer.features);
      return features === layer.features ? layer : { ...layer, features: features as Feature[] };
    }) : [...shown];
  };
  /** the layers as last drawn, and their canvases by layer id */
  let drawnFrom: readonly UserLayer[] = [];
  const canvasOf = new Map<string, UserCanvasLayer>();
  const redraw = () => {
    const drawn = drawnLayers();
    // only canvases are restyled in place: their module is loaded when there are any
    if (canvasOf.size > 0 && canvasPart?.restyleInPlace(drawnFrom, drawn, canvasOf)) {
      drawnFrom = drawn;
      return;
    }
    group.clearLayers();
    canvases = [];
    canvasOf.clear();
    drawnFrom = drawn;
    for (const layer of drawn) {
      // Proportional symbols: sized by the layer's full value range, so a filter does not rescale them.
      const sizes = layer.sizeBy === undefined ? undefined : symbolScale(fullLayer(layer.id)?.features ?? layer.features, layer.sizeBy);
      if (layer.features.length > CANVAS_THRESHOLD) {
        const drawing = drawingNow(layer.features);
        if (!drawing || !canvasPart) {
          // taken apart in slices first; drawn once ready, if the layers still show this list
          void Promise.all([drawingLater(layer.features), loadCanvasPart()]).then(() => {
            if (unsubscribe && drawnLayers().some((shown) => shown.features === layer.features)) redraw();
          }, () => {});
          continue;
        }
        const canvas = new canvasPart.UserCanvasLayer(layer.features, drawing, layer.colour, PANE, layer.id, sizes && { column: sizes.column, max: sizes.max });
        group.addLayer(canvas);
        canvasOf.set(layer.id, canvas);
        canvases.push({ layer: canvas, name: layer.name, ...(layer.nameColumn ? { nameColumn: layer.nameColumn } : {}), ...(layer.published ? { published: layer.published } : {}) });
        continue;
      }
      const layerStyle: L.PathOptions = { color: layer.colour, fillColor: layer.colour, weight: 2, opacity: 0.9, fillOpacity: 0.25, pane: PANE, renderer, className: 'user-feature' };
      // the file's own colour column (FillColor, fill, marker-color, 颜色) wins over the layer's colour
      const styleOf = (feature: Feature | undefined): L.PathOptions => {
        const own = feature ? featureColour(feature) : undefined;
        return own ? { ...layerStyle, color: own, fillColor: own } : layerStyle;
      };
      const names = layerNameKey(layer);
      const collection: FeatureCollection = { type: 'FeatureCollection', features: layer.features };
      const geo = L.geoJSON(collection, {
        pane: PANE,
        // points keep the options pointToLayer gave them (their pane, renderer, size and fill)
        style: (feature) => (isPoint(feature) ? {} : styleOf(feature)),
        // Circle markers, not image markers: drawn as SVG in the layer's colour, no icon files to fetch.
        pointToLayer: (feature: Feature, latlng) => {
          const style = { ...styleOf(feature), pane: POINT_PANE, renderer: pointRenderer };
          if (!sizes) return L.circleMarker(latlng, { ...style, radius: 6, fillOpacity: 0.7 });
          const radius = sizes.radius(feature.properties?.[sizes.column]);
          // No number: a small hollow circle, so unknown is never drawn as zero.
          return radius === undefined
            ? L.circleMarker(latlng, { ...style, radius: NO_VALUE_RADIUS, fillOpacity: 0, weight: 1.5 })
            : L.circleMarker(latlng, { ...style, radius: Math.max(radius, 1.5), fillOpacity: 0.45, weight: 1.5 });
        },
        onEachFeature: (feature: Feature, leafletLayer) => {
          leafletLayer.bindPopup(() => buildPropertyTable(feature, layer.name, getLang(), featureName(feature, names), layer.published), POPUP_OPTIONS);
          const name = featureName(feature, names);
          // the hover names the feature; a DOM node, as Leaflet would set a string as HTML
          if (name !== undefined) leafletLayer.bindTooltip(el('span', { class: 'user-feature-tooltip' }, name), { sticky: true, direction: 'top' });
          leafletLayer.on('add', () => {
            const element = (leafletLayer as L.Path).getElement?.();
            element?.setAttribute('data-user-layer', layer.id);
          });
        },
      });
      group.addLayer(geo);
    }
  };
  // follows the planner's layers while on the map (Leaflet's add/remove events)
  let unsubscribe: (() => void) | null = null;
  group.on('add', () => {
    const stopState = state.subscribe(redraw);
    const stopNarrowing = narrowing?.subscribe(redraw);
    unsubscribe = () => {
      stopState();
      stopNarrowing?.();
    };
    redraw();
  });
  group.on('remove', () => {
    unsubscribe?.();
    unsubscribe = null;
  });
  group.addTo(map);
  listenForCanvasClicks(map, () => canvases, getLang);
  return { redraw, teardown: () => void group.remove() };
}

/**
 * A click on a canvas-drawn feature opens its popup, as a click on an SVG feature does, and goes no
 * further (the unit underneath is not selected). Listened for on the map container before Leaflet
 * sees the click, because the canvas lets the pointer through to what is under it.
 */
function listenForCanvasClicks(map: L.Map, getCanvases: () => readonly { layer: UserCanvasLayer; name: string; nameColumn?: string; published?: PublishedInfo }[], getLang: () => Lang): void {
  map.getContainer().addEventListener(
    'click',
    (event) => {
      const canvases = getCanvases();
      if (canvases.length === 0 || (map.dragging as unknown as { moved?: () => boolean } | undefined)?.moved?.()) return;
      const target = event.target as Element | null;
      // controls, popups and SVG user features handle their own clicks
      if (!target || (target !== map.getContainer() && !map.getPanes().mapPane.contains(target)) || target.closest('.leaflet-popup-pane, .leaflet-marker-pane, .leaflet-tooltip-pane, .user-feature')) return;
      const latlng = map.mouseEventToLatLng(event);
      for (let k = canvases.length - 1; k >= 0; k--) {
        const { layer, name, nameColumn, published } = canvases[k]!;
        const feature = layer.featureAt(latlng);
        if (!feature) continue;
        event.stopPropagation();
        L.popup(POPUP_OPTIONS).setLatLng(latlng).setContent(buildPropertyTable(feature, name, getLang(), featureName(feature, nameColumn ?? nameKey([feature])), published)).openOn(map);
        return;
      }
    },
    true,
  );
  // a pointer cursor over canvas-drawn features, as over SVG ones; one hit-test per frame at most
  let pending: MouseEvent | null = null;
  map.getContainer().addEventListener('mousemove', (event) => {
    if (pending === null) requestAnimationFrame(() => {
      const move = pending!;
      pending = null;
      const latlng = map.mouseEventToLatLng(move);
      const over = getCanvases().some(({ layer }) => layer.featureAt(latlng) !== null);
      map.getContainer().style.cursor = over ? 'pointer' : '';
    });
    pending = event;
  });
}
