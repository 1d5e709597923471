// Two-way link between the Leaflet viewport and state.view. User moves become view patches; a view
// from the URL or from history moves the map; view null means the default framing (refitted on
// resize, so a phone turned sideways is framed again). Both are set without zoom snapping: the
// framing's share is exact and a permalink's zoom (two decimals) is shown as written.
import type L from 'leaflet';
import { normalizeView, type MapView } from '../state/app-state';
import { deepEqual } from '../state/equal';
import type { Store } from '../state/store';

function mapView(map: L.Map): MapView {
  const center = map.getCenter();
  return normalizeView({ lat: center.lat, lon: center.lng, zoom: map.getZoom() });
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Runs a view change with zoom snapping off (Leaflet rounds to zoomSnap in fitBounds and setView). */
function unsnapped(map: L.Map, move: () => void): void {
  const snap = map.options.zoomSnap;
  map.options.zoomSnap = 0;
  try {
    move();
  } finally {
    map.options.zoomSnap = snap;
  }
}

/** `homeBounds` is asked each time, as the default framing depends on the map's size. */
export function syncView(map: L.Map, store: Store, homeBounds: () => L.LatLngBounds, padding: () => L.FitBoundsOptions): () => void {
  let programmatic = false;
  // Leaflet has no centre until the first setView/fitBounds: only then can the current view be read.
  let positioned = false;

  function apply(view: MapView | null, animate = false): void {
    programmatic = true;
    try {
      // A view the reader asked for (a search hit, a list row, a story step) is flown to; one from the
      // address or from Back/Forward is shown at once. The flight's own moveend writes the same view.
      if (animate && positioned && view !== null && !reducedMotion()) map.flyTo([view.lat, view.lon], view.zoom, { duration: 0.6 });
      else if (view === null) unsnapped(map, () => map.fitBounds(homeBounds(), { ...padding(), animate: false }));
      else if (!positioned || !deepEqual(view, mapView(map))) unsnapped(map, () => map.setView([view.lat, view.lon], view.zoom, { animate: false }));
      positioned = true;
    } finally {
      programmatic = false;
    }
  }

  apply(store.getState().view);

  // While the map moves (a flight takes 0.6 s) its container says so: tests and tools await the
  // attribute's removal instead of guessing how long a move takes.
  const container = map.getContainer();
  map.on('movestart', () => (container.dataset.viewMoving = 'true'));
  map.on('moveend', () => {
    delete container.dataset.viewMoving;
    if (programmatic) return;
    store.dispatch({ view: mapView(map) });
  });
  map.on('resize', () => {
    if (store.getState().view === null) apply(null);
  });
  return store.subscribe((state, previous, source) => {
    if (!deepEqual(state.view, previous.view) && (state.view === null || !deepEqual(state.view, mapView(map)))) apply(state.view, source === 'user');
  });
}
