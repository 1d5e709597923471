// The export's map bounds from the state's view, without asking the live map: a Web Mercator
// viewport (Leaflet's EPSG:3857, 256 px tiles) of the given size centred on the view. A view of
// null ("fit the two provinces") exports the provinces' extent, fitted into the export's frame.
import type { ViewBounds } from '../export/export-input';
import type { MapView } from '../state/app-state';

export interface ViewportSize {
  width: number;
  height: number;
}

const TILE = 256;
const MAX_LAT = 85.0511287798;

function toPixel(lat: number, lon: number, scale: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * scale;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

function toLatLon(x: number, y: number, scale: number): [number, number] {
  const lon = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lat, lon];
}

/** [[south, west], [north, east]] of a viewport `size` pixels wide and high showing `view`. */
export function boundsOfView(view: MapView, size: ViewportSize): ViewBounds {
  const scale = TILE * 2 ** view.zoom;
  const [cx, cy] = toPixel(view.lat, view.lon, scale);
  const [north, west] = toLatLon(cx - size.width / 2, cy - size.height / 2, scale);
  const [south, east] = toLatLon(cx + size.width / 2, cy + size.height / 2, scale);
  return [[south, west], [north, east]];
}
