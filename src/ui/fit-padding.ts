// Fitting the map around the side panel. The panel floats over the map (a card on the right on wide
// screens, a bottom sheet on phones), so a plain fitBounds would put part of the region under it.
import type L from 'leaflet';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Padding for fitBounds that keeps the fitted bounds out from under the panel. A panel as wide as
 * (nearly) the whole map is a bottom sheet: pad the bottom by what it covers. A panel in the right half
 * is a card: pad the right by what it covers. Anything else (hidden, outside the map) adds nothing.
 */
export function paddingAroundPanel(map: Box, panel: Box | null, margin = 12): L.FitBoundsOptions {
  const pad = { paddingTopLeft: [margin, margin] as [number, number], paddingBottomRight: [margin, margin] as [number, number] };
  if (!panel) return pad;
  const width = map.right - map.left;
  const overlapsMap = panel.left < map.right && panel.right > map.left && panel.top < map.bottom && panel.bottom > map.top;
  if (!overlapsMap || width <= 0) return pad;
  if (panel.right - panel.left >= 0.9 * width) {
    pad.paddingBottomRight[1] += Math.max(0, map.bottom - panel.top);
  } else if (panel.left > map.left + width / 2) {
    pad.paddingBottomRight[0] += Math.max(0, map.right - panel.left);
  }
  return pad;
}

/** The same, measured from the page: the panel's box as laid out right now. */
export function measuredPaddingAroundPanel(mapElement: HTMLElement, panelElement: HTMLElement): L.FitBoundsOptions {
  const panel = panelElement.getBoundingClientRect();
  const visible = panel.width > 0 && panel.height > 0;
  return paddingAroundPanel(mapElement.getBoundingClientRect(), visible ? panel : null);
}

/** The map's size and the padded edges as a plain viewport, for the pure fitting in src/cartography. */
export function measuredViewport(mapElement: HTMLElement, panelElement: HTMLElement): { width: number; height: number; padding: { top: number; right: number; bottom: number; left: number } } {
  const pad = measuredPaddingAroundPanel(mapElement, panelElement);
  const [left, top] = pad.paddingTopLeft as [number, number];
  const [right, bottom] = pad.paddingBottomRight as [number, number];
  return { width: mapElement.clientWidth, height: mapElement.clientHeight, padding: { top, right, bottom, left } };
}
