// The Annotate tool's place on the map: a control in the top-left corner, under the zoom buttons.
// Clicks, wheels and drags on it stay in it (they do not pan or zoom the map). On phones its card is a
// sheet along the bottom of the map: `dock` moves it out of the corner (whose box is only as tall as
// its buttons) to just after it, still among the map's controls and next in the Tab order.
import L from 'leaflet';

export interface AnnotationControl {
  container: HTMLElement;
  /** puts `card` along the bottom of the map (sheet) or back in the control under the button */
  dock(card: HTMLElement, sheet: boolean): void;
  remove(): void;
}

export function addAnnotationControl(map: L.Map): AnnotationControl {
  const container = L.DomUtil.create('div', 'annotation-control');
  L.DomEvent.disableClickPropagation(container);
  L.DomEvent.disableScrollPropagation(container);
  const Control = L.Control.extend({ onAdd: () => container });
  const control = new Control({ position: 'topleft' }).addTo(map);
  const guarded = new WeakSet<HTMLElement>();
  return {
    container,
    dock(card, sheet) {
      if (!guarded.has(card)) {
        L.DomEvent.disableClickPropagation(card);
        L.DomEvent.disableScrollPropagation(card);
        guarded.add(card);
      }
      card.classList.toggle('is-sheet', sheet);
      if (sheet && card.parentElement === container) container.parentElement?.after(card);
      else if (!sheet && card.parentElement !== container) container.append(card);
    },
    remove: () => void control.remove(),
  };
}
