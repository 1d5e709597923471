// The embed's page: optional title and the full-map link, a one-line summary, the legend slot, the
// map with its hint overlay, a visually hidden list of the features, and the source line.
// No editing chrome: no search box, filters, panels or dialogs.
import { el } from '../ui/dom';

export interface EmbedLayout {
  root: HTMLElement;
  title: HTMLHeadingElement;
  summary: HTMLParagraphElement;
  mapContainer: HTMLElement;
  hint: HTMLElement;
  legendSlot: HTMLElement;
  featureList: HTMLElement;
  notices: HTMLElement;
  source: HTMLElement;
  fullLink: HTMLAnchorElement;
}

export function createEmbedLayout(host: HTMLElement, showTitle: boolean): EmbedLayout {
  const root = el('div', { class: 'embed', 'data-testid': 'embed' });
  const title = el('h1', { class: 'embed-title', 'data-testid': 'embed-title' });
  title.hidden = !showTitle;
  const summary = el('p', { class: 'embed-summary', 'data-testid': 'embed-summary' });
  const mapFrame = el('div', { class: 'embed-map-frame' });
  const mapContainer = el('div', { class: 'embed-map', id: 'map', 'data-testid': 'map' });
  const hint = el('div', { class: 'embed-hint', 'data-testid': 'embed-hint', 'aria-hidden': 'true' });
  hint.hidden = true;
  mapFrame.append(mapContainer, hint);
  const notices = el('div', { class: 'embed-notices', role: 'status', 'aria-live': 'polite', 'data-testid': 'notices' });
  const legendSlot = el('div', { class: 'embed-legend-slot' });
  const featureList = el('div', { class: 'visually-hidden', 'data-testid': 'embed-feature-list' });
  const footer = el('footer', { class: 'embed-footer' });
  const source = el('p', { class: 'embed-source', 'data-testid': 'embed-source' });
  footer.append(source);
  const fullLink = el('a', { class: 'embed-full-link', 'data-testid': 'embed-full-link', target: '_blank', rel: 'noopener' });
  const top = el('div', { class: 'embed-top' });
  top.append(title, fullLink);
  const main = el('main', { class: 'embed-main' });
  // Link and legend come before the map: every feature on the map is a Tab stop, and a keyboard
  // reader should not have to pass them all to reach these.
  main.append(top, summary, notices, legendSlot, mapFrame, featureList, footer);
  root.append(main);
  host.replaceChildren(root);
  return { root, title, summary, mapContainer, hint, legendSlot, featureList, notices, source, fullLink };
}
