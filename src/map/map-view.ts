// Assembles the map: panes, basemap, prefecture units, lazy counties, seat labels, controls, and
// the links to the store. Returns the few handles the UI needs.
import L from 'leaflet';
import type { Lang } from '../types';
import type { BaseBoundaries, Manifest, UnitCollection } from '../data/load-boundaries';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { keepControlTapsOffMap } from './control-taps';
import { addBasemapLayers, createPanes, PANES } from './basemap-layers';
import { createUnitLayer, type UnitLayer } from './unit-layer';
import { createCountyLoader, type CountyLoader } from './county-loader';
import { createMapLabels, riverPlaces, type MapLabels } from './map-labels';
import { seatPlaces } from './map-styles';
import { createTextAttribution } from './attribution-control';
import { syncView } from './view-sync';
import { addCrosshairSelect } from './crosshair-select';
import type { BBox } from './unit-catalog';
import { unionBBox, bboxOf } from './unit-catalog';
import { frameAround } from '../cartography/framing';
import { homeShare } from './home-frame';
import { addLocatorControl, loadLocatorData, type LocatorControl } from './locator-control';
import { addTileBasemap, withTileAttribution } from './tile-basemap';

export interface MapViewOptions {
  container: HTMLElement;
  store: Store;
  base: BaseBoundaries;
  manifest: Manifest;
  loadCounties(): Promise<UnitCollection>;
  onCountiesLoaded(counties: UnitCollection): void;
  onError(message: string): void;
  /** space covered by floating panels, kept clear when fitting */
  fitPadding(): L.FitBoundsOptions;
}

export interface MapHandle {
  map: L.Map;
  counties: CountyLoader;
  /** the names on the map; the feature view passes it the scene's shown projects */
  labels: MapLabels;
  /** unsubscribes from the store and removes the map (Leaflet removes its layers and listeners) */
  teardown(): void;
}

const toBounds = (b: BBox) => L.latLngBounds([b[1], b[0]], [b[3], b[2]]);

export function mountMap(options: MapViewOptions): MapHandle {
  const { container, store, base } = options;
  let removed = false;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    minZoom: 4,
    maxZoom: 13,
    keyboard: true,
    maxBounds: L.latLngBounds([10, 80], [45, 125]),
  });
  keepControlTapsOffMap(map);
  createPanes(map);
  if (options.manifest.basemap) addTileBasemap(map, options.manifest.basemap);
  const renderers = new Map<string, L.Renderer>();
  const rendererFor = (pane: string): L.Renderer => {
    let renderer = renderers.get(pane);
    if (!renderer) renderers.set(pane, (renderer = L.svg({ pane, padding: 0.5 })));
    return renderer;
  };
  addBasemapLayers(map, base, rendererFor);

  const select = (adcode: string) => store.dispatch({ selection: { kind: 'unit', adcode } });
  const unitLayers: UnitLayer[] = [];
  const prefectures = createUnitLayer(base.prefectures, { level: 'prefecture', renderer: rendererFor(PANES.units), pane: PANES.units, onSelect: select });
  prefectures.layer.addTo(map);
  unitLayers.push(prefectures);

  const labels = createMapLabels(map, PANES.labels, { seats: seatPlaces(base), rivers: riverPlaces(base.rivers) });

  let zoomControl: L.Control.Zoom | null = null;
  L.control.scale({ metric: true, imperial: false, position: 'bottomleft' }).addTo(map);
  const attribution = createTextAttribution();
  attribution.control.addTo(map);

  const applyState = (lang: Lang, selected: string | null) => {
    for (const layer of unitLayers) {
      layer.setLanguage(lang);
      layer.setSelected(selected);
    }
  };

  const counties = createCountyLoader(map, {
    load: options.loadCounties,
    onLoaded(collection) {
      if (removed) return L.layerGroup();
      options.onCountiesLoaded(collection);
      const layer = createUnitLayer(collection, { level: 'county', renderer: rendererFor(PANES.counties), pane: PANES.counties, onSelect: select });
      unitLayers.push(layer);
      labels.setCounties(collection.features);
      const state = store.getState();
      applyState(state.lang, state.selection?.kind === 'unit' ? state.selection.adcode : null);
      return layer.layer;
    },
    onError: (error) => options.onError(translate(store.getState().lang, 'map.countiesFailed', { reason: error instanceof Error ? error.message : String(error) })),
  });

  // The locator inset: a small file fetched after the first view; without it the map is still whole.
  let locator: LocatorControl | null = null;
  loadLocatorData()
    .then((data) => {
      if (!removed) locator = addLocatorControl(map, data, store.getState().lang);
    })
    .catch((error: unknown) => removed || options.onError(translate(store.getState().lang, 'locator.failed', { reason: error instanceof Error ? error.message : String(error) })));

  let shownLang: Lang | null = null;
  const render = () => {
    const state = store.getState();
    if (state.lang !== shownLang) {
      shownLang = state.lang;
      locator?.setLanguage(state.lang);
      zoomControl?.remove();
      zoomControl = L.control.zoom({ position: 'topleft', zoomInTitle: translate(state.lang, 'map.zoomIn'), zoomOutTitle: translate(state.lang, 'map.zoomOut') }).addTo(map);
      labels.setLanguage(state.lang);
      attribution.setText(withTileAttribution(options.manifest.attribution[state.lang], options.manifest.basemap, state.lang), translate(state.lang, 'attribution.label'));
      container.setAttribute('aria-label', translate(state.lang, 'map.label'));
    }
    applyState(state.lang, state.selection?.kind === 'unit' ? state.selection.adcode : null);
  };

  // The default view frames the planning area (from the manifest), leaning towards the rest of the
  // two provinces; without it, the provinces themselves.
  const provinces = unionBBox(base.provinces.features.map(bboxOf));
  const home = () => {
    const subject = options.manifest.frameSubject;
    if (!subject) return toBounds(provinces);
    const size = map.getSize();
    const pad = options.fitPadding();
    const [left, top] = (pad.paddingTopLeft ?? pad.padding ?? [0, 0]) as [number, number];
    const [right, bottom] = (pad.paddingBottomRight ?? pad.padding ?? [0, 0]) as [number, number];
    const width = Math.max(1, size.x - left - right);
    const height = Math.max(1, size.y - top - bottom);
    return toBounds(frameAround(subject, provinces, { width, height, share: homeShare(width) }));
  };
  const stopViewSync = syncView(map, store, home, options.fitPadding);
  render();
  const unsubscribe = store.subscribe(render);
  addCrosshairSelect(map, select);

  return {
    map,
    counties,
    labels,
    teardown() {
      if (removed) return;
      removed = true;
      unsubscribe();
      stopViewSync();
      map.remove();
    },
  };
}
