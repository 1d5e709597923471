// The locator inset in a corner of the map (bottom left on wide screens, over western Sichuan, which
// is context; top right on phones, where the bottom sheet lies) (drawing from src/cartography/locator.ts, data
// from public/data/locator.json, fetched after the first view). A button hides it to a small
// "Locator" button and brings it back. SVG built as DOM nodes, never from markup.
import L from 'leaflet';
import type { Lang } from '../types';
import { dataURL } from '../data/load-boundaries';
import { LOCATOR_COLORS, locatorDrawing, parseLocatorData, type LocatorData } from '../cartography/locator';
import { translate } from '../i18n/translate';

const SVG = 'http://www.w3.org/2000/svg';

export interface LocatorControl {
  setLanguage(lang: Lang): void;
}

/** Below either size the inset starts folded. */
export const SMALL_MAP = { width: 480, height: 480 };

export async function loadLocatorData(): Promise<LocatorData> {
  const response = await fetch(dataURL('locator.json'));
  if (!response.ok) throw new Error(`locator.json: HTTP ${response.status}`);
  return parseLocatorData(await response.json());
}

export function addLocatorControl(map: L.Map, data: LocatorData, lang: Lang): LocatorControl {
  const box = L.DomUtil.create('div', 'locator-inset');
  box.dataset.testid = 'locator';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('role', 'img');
  const title = document.createElementNS(SVG, 'title');
  svg.append(title);
  const toggle = L.DomUtil.create('button', 'locator-toggle', box);
  toggle.type = 'button';
  toggle.dataset.testid = 'locator-toggle';
  box.prepend(svg);
  L.DomEvent.disableClickPropagation(box);
  // On a small map (a phone, a short article frame) the open inset would cover a fifth of it: it
  // starts folded to its button there, and the reader opens it when wanted.
  const size = map.getSize();
  let hidden = size.x < SMALL_MAP.width || size.y < SMALL_MAP.height;
  let current = lang;

  const render = () => {
    const drawing = locatorDrawing(data, current);
    svg.setAttribute('viewBox', drawing.viewBox);
    svg.setAttribute('width', String(drawing.width));
    svg.setAttribute('height', String(drawing.height));
    svg.setAttribute('aria-label', drawing.title);
    title.textContent = drawing.title;
    svg.replaceChildren(
      title,
      ...drawing.shapes.map((shape) => {
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', shape.d);
        path.setAttribute('fill', LOCATOR_COLORS[shape.kind].fill);
        path.setAttribute('stroke', LOCATOR_COLORS[shape.kind].stroke);
        path.setAttribute('stroke-width', '0.6');
        path.setAttribute('data-locator', shape.kind);
        return path;
      }),
    );
    box.classList.toggle('is-hidden', hidden);
    toggle.textContent = translate(current, hidden ? 'locator.show' : 'locator.hide');
    toggle.setAttribute('aria-expanded', String(!hidden));
  };
  toggle.addEventListener('click', () => {
    hidden = !hidden;
    render();
  });
  const Control = L.Control.extend({ onAdd: () => box });
  const phone = window.matchMedia('(max-width: 640px)').matches;
  new Control({ position: phone ? 'topright' : 'bottomleft' }).addTo(map);
  render();
  return {
    setLanguage(next) {
      current = next;
      render();
    },
  };
}
