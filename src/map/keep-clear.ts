// Keeping the planner's marks clear of the Annotate card where it lies along the bottom of the map (a
// phone): a mark being drawn or just placed moves up out from under the card, and a mark shown from
// the card's list is framed in the part of the map the card leaves free.
import L from 'leaflet';
import { annotationExtent, type Annotation, type LonLat } from '../annotations/annotation';
import { shiftAbove } from '../cartography/nearest-point';
import { fitView, type FittedView } from '../cartography/fit-view';

/** room kept between a mark and the card or the map's top, in pixels */
const MARGIN_PX = 16;

/** Pans the map up just enough that the points of `extent` sit above `sheet` (the card's box); nothing without a sheet. */
export function keepClearOf(map: L.Map, sheet: DOMRect | null, extent: readonly LonLat[]): void {
  if (!sheet || extent.length === 0) return;
  const box = map.getContainer().getBoundingClientRect();
  const ys = extent.map(([lon, lat]) => map.latLngToContainerPoint(L.latLng(lat, lon)).y);
  const shift = shiftAbove(Math.min(...ys), Math.max(...ys), sheet.top - box.top, MARGIN_PX);
  if (shift > 0) map.panBy([0, shift], { animate: false });
}

/**
 * The view that shows `mark` where the card does not cover it: a note at the present zoom, the other
 * marks fitted (up to zoom 10, or the present zoom when closer).
 */
export function viewShowing(map: L.Map, mark: Annotation, card: HTMLElement): FittedView {
  const extent = annotationExtent(mark);
  const lons = extent.map((p) => p[0]);
  const lats = extent.map((p) => p[1]);
  const container = map.getContainer();
  const mapBox = container.getBoundingClientRect();
  const cardBox = card.hidden ? null : card.getBoundingClientRect();
  const padding = { top: MARGIN_PX, right: MARGIN_PX, bottom: MARGIN_PX, left: MARGIN_PX };
  // along the bottom on a phone; beside the buttons in the top-left corner elsewhere
  if (cardBox && card.classList.contains('is-sheet')) padding.bottom += Math.max(0, mapBox.bottom - cardBox.top);
  else if (cardBox) padding.left += Math.max(0, cardBox.right - mapBox.left);
  const zoom = map.getZoom();
  const limits = mark.kind === 'note' ? { minZoom: zoom, maxZoom: zoom, zoomSnap: 0 } : { minZoom: 4, maxZoom: Math.max(10, zoom), zoomSnap: 0.25 };
  return fitView([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { width: container.clientWidth, height: container.clientHeight, padding }, limits);
}
