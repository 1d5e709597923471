// Where a Leaflet marker's icon stands, from what Leaflet wrote on it (its layer position, and the
// size and margins of its icon), not from getBoundingClientRect. Reading the page's boxes right
// after markers change forces a style and layout pass; on a slow phone that pass is a large share
// of the time between a tap and its card, and of the first label layout.
import L from 'leaflet';

export interface MarkerBox {
  /** the icon's centre, in the map container's pixels */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The icon box of a marker element placed by Leaflet (L.Marker with an icon of a set size), or null
 * when it is not drawn (no position yet, no size, or hidden).
 */
export function markerBox(map: L.Map, element: HTMLElement): MarkerBox | null {
  const width = parseFloat(element.style.width);
  const height = parseFloat(element.style.height);
  if (!(width > 0 && height > 0) || element.style.display === 'none') return null;
  // Leaflet keeps the position it set (L.DomUtil.setPosition) on the element: the anchor's layer
  // point; the icon's negative margins move the box so that its anchor sits there.
  const position = L.DomUtil.getPosition(element) as L.Point | undefined;
  if (!position) return null;
  const left = position.x + (parseFloat(element.style.marginLeft) || 0);
  const top = position.y + (parseFloat(element.style.marginTop) || 0);
  const centre = map.layerPointToContainerPoint([left + width / 2, top + height / 2]);
  return { x: centre.x, y: centre.y, width, height };
}
