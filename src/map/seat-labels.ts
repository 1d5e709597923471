// Seat labels as plain DOM in their own pane: measured once per language, positioned on every
// move, and thinned by the greedy layout so no two overlap.
import L from 'leaflet';
import type { Lang } from '../types';
import { localName } from '../i18n/translate';
import { placeLabels, type LabelBox } from '../cartography/label-layout';

export interface Seat {
  adcode: string;
  name_zh: string;
  name_en: string;
  lat: number;
  lon: number;
  priority: number;
}

interface PlacedSeat {
  seat: Seat;
  element: HTMLElement;
  text: HTMLElement;
  width: number;
  height: number;
}

// The dot sits on the seat; the text starts a few pixels to its right, vertically centred.
const DOT_RADIUS = 3;
const TEXT_GAP = 4;

export interface SeatLabels {
  setLanguage(lang: Lang): void;
}

export function createSeatLabels(map: L.Map, paneName: string, seats: readonly Seat[]): SeatLabels {
  const pane = map.getPane(paneName);
  if (!pane) throw new Error(`no pane ${paneName}`);
  const placed: PlacedSeat[] = seats.map((seat) => {
    const element = L.DomUtil.create('div', 'seat-label', pane);
    element.dataset.testid = 'seat-label';
    element.dataset.adcode = seat.adcode;
    L.DomUtil.create('span', 'seat-dot', element);
    const text = L.DomUtil.create('span', 'seat-text', element);
    return { seat, element, text, width: 0, height: 0 };
  });

  function measure(): void {
    for (const label of placed) {
      label.element.hidden = false;
      label.width = label.text.offsetWidth + DOT_RADIUS + TEXT_GAP;
      label.height = Math.max(label.text.offsetHeight, DOT_RADIUS * 2);
    }
  }

  function layout(): void {
    const size = map.getSize();
    const boxes: LabelBox[] = placed.map(({ seat, width, height }) => {
      const point = map.latLngToContainerPoint([seat.lat, seat.lon]);
      return { id: seat.adcode, x: point.x - DOT_RADIUS, y: point.y - height / 2, width, height, priority: seat.priority };
    });
    const shown = placeLabels(boxes, { padding: 3, viewport: { width: size.x, height: size.y } });
    for (const label of placed) {
      const visible = shown.has(label.seat.adcode);
      label.element.hidden = !visible;
      if (visible) L.DomUtil.setPosition(label.element, map.latLngToLayerPoint([label.seat.lat, label.seat.lon]));
    }
  }

  // The pane is not scaled during the zoom animation, so labels would drift: hide them until it ends.
  map.on('zoomstart', () => pane.classList.add('is-zooming'));
  map.on('zoomend', () => pane.classList.remove('is-zooming'));
  map.on('moveend resize', layout);

  return {
    setLanguage(lang) {
      for (const label of placed) label.text.textContent = localName(label.seat, lang);
      measure();
      layout();
    },
  };
}
