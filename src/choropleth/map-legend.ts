// The choropleth legend on the map (top left, under the zoom buttons: clear of the side panel and the phone sheet), so the colours are explained wherever the panel is.
import L from 'leaflet';
import type { Lang } from '../types.ts';
import { el } from '../ui/dom.ts';
import { choroplethState } from './choropleth-state.ts';
import '../styles/choropleth.css';
import { renderLegend } from './choropleth-legend.ts';

/** A Leaflet control: it follows the choropleth while on the map (onAdd) and stops on removal (onRemove). */
export function mountMapLegend(map: L.Map, getLang: () => Lang): { render(): void; control: L.Control } {
  const box = el('div', { class: 'choro-map-legend', 'data-testid': 'choro-map-legend' });
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  const render = () => renderLegend(box, choroplethState.get(), getLang());
  let unsubscribe: (() => void) | null = null;
  const Control = L.Control.extend({
    onAdd: () => {
      unsubscribe = choroplethState.subscribe(render);
      render();
      return box;
    },
    onRemove: () => {
      unsubscribe?.();
      unsubscribe = null;
    },
  });
  const control = new Control({ position: 'topleft' }).addTo(map);
  return { render, control };
}
