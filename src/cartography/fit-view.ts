// "Go to this feature" as pure maths: the view (centre and zoom) that fits a box into a map of a
// given size, keeping padded edges clear (the side panel, the bottom sheet). It is the same sum as
// Leaflet's fitBounds in Web Mercator with 256-pixel tiles, so a search hit, a list row, a story
// step or an atlas page can set the view in the state and the map (or the export) follows it.
import type { BBox } from './framing';

export interface Viewport {
  width: number;
  height: number;
  /** pixels kept clear on each side */
  padding?: { top: number; right: number; bottom: number; left: number };
}

export interface FitLimits {
  minZoom: number;
  maxZoom: number;
  /** zoom steps the fitted zoom is rounded down to (the map's zoomSnap) */
  zoomSnap: number;
}

export interface FittedView {
  lat: number;
  lon: number;
  zoom: number;
}

const TILE = 256;
const MAX_LAT = 85.0511287798;
const RAD = Math.PI / 180;

/** Web Mercator pixel coordinates at zoom 0 (a 256 × 256 world). */
function project(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin(clamped * RAD);
  return [(TILE * (lon + 180)) / 360, TILE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

function unproject(x: number, y: number): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const lat = (2 * Math.atan(Math.exp((0.5 - y / TILE) * 2 * Math.PI)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** The view in which `bbox` fits inside the padded viewport; a point (or a tiny box) gets `maxZoom`. */
export function fitView(bbox: BBox, viewport: Viewport, limits: FitLimits): FittedView {
  const pad = viewport.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const [west, south, east, north] = bbox;
  const [x0, y0] = project(west, north);
  const [x1, y1] = project(east, south);
  const innerWidth = Math.max(1, viewport.width - pad.left - pad.right);
  const innerHeight = Math.max(1, viewport.height - pad.top - pad.bottom);
  const scale = Math.min(x1 > x0 ? innerWidth / (x1 - x0) : Infinity, y1 > y0 ? innerHeight / (y1 - y0) : Infinity);
  let zoom = Number.isFinite(scale) ? Math.log2(scale) : limits.maxZoom;
  // within 1% of a step counts as on it (as Leaflet does), then down to the step so the box fits
  const step = limits.zoomSnap;
  if (step > 0 && Number.isFinite(scale)) zoom = Math.floor(Math.round(zoom / (step / 100)) * (step / 100) / step) * step;
  zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, zoom));
  // the box's middle goes to the middle of the padded part, so the centre shifts by half the difference
  const k = 2 ** zoom;
  const cx = (x0 + x1) / 2 + (pad.right - pad.left) / 2 / k;
  const cy = (y0 + y1) / 2 + (pad.bottom - pad.top) / 2 / k;
  const [lon, lat] = unproject(cx, cy);
  return { lat, lon, zoom };
}
