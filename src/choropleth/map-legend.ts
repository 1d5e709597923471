// The choropleth legend on the map (top left, under the zoom buttons: clear of the side panel and the phone sheet), so the colours are explained wherever the panel is.
import L from 'leaflet';
import type { Lang } from '../types.ts';
import { el } from '../ui/dom.ts';
import { choroplethState } from './choropleth-state.ts';
import '../styles/choropleth.css';
import { renderLegend } from './choropleth-legend.ts';

export function mountMapLegend(map: L.Map, getLang: () => Lang): { render(): void } {
  const box = el('div', { class: 'choro-map-legend', 'data-testid': 'choro-map-legend' });
  const Control = L.Control.extend({ onAdd: () => box });
  new Control({ position: 'topleft' }).addTo(map);
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  const render = () => renderLegend(box, choroplethState.get(), getLang());
  choroplethState.subscribe(render);
  render();
  return { render };
}
