// Leaflet's own attribution control inserts its text as HTML; this one uses textContent, so the
// manifest's words can never become markup.
import L from 'leaflet';

export interface TextAttribution {
  control: L.Control;
  setText(text: string, label: string): void;
}

export function createTextAttribution(): TextAttribution {
  const element = L.DomUtil.create('div', 'leaflet-control-attribution leaflet-control map-attribution');
  element.dataset.testid = 'attribution';
  L.DomEvent.disableClickPropagation(element);
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => element;
  return {
    control,
    setText(text, label) {
      element.textContent = text;
      element.setAttribute('aria-label', `${label}: ${text}`);
    },
  };
}
