// Counties are a second file, fetched the first time the map is zoomed in far enough (or a county is
// asked for) and never before, so the first view costs only the base file.
import type L from 'leaflet';
import type { UnitCollection } from '../data/load-boundaries';

export const COUNTY_MIN_ZOOM = 8;

export interface CountyLoaderOptions {
  load(): Promise<UnitCollection>;
  /** builds the county layer once the file has arrived */
  onLoaded(counties: UnitCollection): L.Layer;
  onError(error: unknown): void;
}

export interface CountyLoader {
  /** fetches the file now (e.g. a county selected from a URL); resolves when the layer exists */
  ensureLoaded(): Promise<void>;
  /** shows the counties at every zoom (a county choropleth), or only from COUNTY_MIN_ZOOM again */
  setAlwaysShown(always: boolean): void;
}

export function createCountyLoader(map: L.Map, options: CountyLoaderOptions): CountyLoader {
  let layer: L.Layer | null = null;
  let pending: Promise<void> | null = null;
  let alwaysShown = false;

  function updateVisibility(): void {
    if (!layer) return;
    const wanted = alwaysShown || map.getZoom() >= COUNTY_MIN_ZOOM;
    if (wanted && !map.hasLayer(layer)) map.addLayer(layer);
    if (!wanted && map.hasLayer(layer)) map.removeLayer(layer);
  }

  function ensureLoaded(): Promise<void> {
    pending ??= options
      .load()
      .then((counties) => {
        layer = options.onLoaded(counties);
        updateVisibility();
      })
      .catch((error: unknown) => {
        pending = null; // a later zoom may retry
        options.onError(error);
      });
    return pending;
  }

  map.on('zoomend', () => {
    if (map.getZoom() >= COUNTY_MIN_ZOOM) void ensureLoaded();
    updateVisibility();
  });
  if (map.getZoom() >= COUNTY_MIN_ZOOM) void ensureLoaded();

  return {
    ensureLoaded,
    setAlwaysShown(always) {
      alwaysShown = always;
      if (always) void ensureLoaded();
      updateVisibility();
    },
  };
}
