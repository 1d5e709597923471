// The Annotate tool's place on the map: a control in the top-left corner, under the zoom buttons.
// Clicks, wheels and drags on it stay in it (they do not pan or zoom the map).
import L from 'leaflet';

export function addAnnotationControl(map: L.Map): { container: HTMLElement; remove(): void } {
  const container = L.DomUtil.create('div', 'annotation-control');
  L.DomEvent.disableClickPropagation(container);
  L.DomEvent.disableScrollPropagation(container);
  const Control = L.Control.extend({ onAdd: () => container });
  const control = new Control({ position: 'topleft' }).addTo(map);
  return { container, remove: () => void control.remove() };
}
