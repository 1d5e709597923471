// The embed's page. Two arrangements of the same nodes, chosen by the frame's width:
// - narrow (phones, < 600 px): headline, dek, summary and legend fold into one line above the map
//   (a <details> that opens on tap), so the map takes most of the frame;
// - wide: headline, dek and summary on top, the legend in a column beside the map (at most a third).
// Below the map: the note, then the credit, the source line and the full-map link.
// No editing chrome: no search box, filters, panels or dialogs.
import { el } from '../ui/dom';

export interface EmbedLayout {
  root: HTMLElement;
  title: HTMLHeadingElement;
  dek: HTMLParagraphElement;
  summary: HTMLParagraphElement;
  /** the narrow arrangement's one line: its <summary> holds the headline and foldLabel ("Legend") */
  fold: HTMLDetailsElement;
  foldLabel: HTMLElement;
  mapFrame: HTMLElement;
  mapContainer: HTMLElement;
  hint: HTMLElement;
  card: HTMLElement;
  legendSlot: HTMLElement;
  /** slot under the map for the timeline and story controls */
  controls: HTMLElement;
  featureList: HTMLElement;
  notices: HTMLElement;
  note: HTMLParagraphElement;
  credit: HTMLParagraphElement;
  source: HTMLElement;
  fullLink: HTMLAnchorElement;
  /** moves the nodes into the narrow or the wide arrangement */
  arrange(narrow: boolean): void;
}

export function createEmbedLayout(host: HTMLElement, showTitle: boolean): EmbedLayout {
  const root = el('div', { class: 'embed', 'data-testid': 'embed' });
  const title = el('h1', { class: 'embed-title', 'data-testid': 'embed-title' });
  title.hidden = !showTitle;
  const dek = el('p', { class: 'embed-dek', 'data-testid': 'embed-dek' });
  const summary = el('p', { class: 'embed-summary', 'data-testid': 'embed-summary' });
  const head = el('div', { class: 'embed-head' });
  const fold = el('details', { class: 'embed-fold', 'data-testid': 'embed-fold' });
  const foldSummary = el('summary', { class: 'embed-fold-line', 'data-testid': 'embed-fold-line' });
  const foldLabel = el('span', { class: 'embed-fold-label' });
  const foldBody = el('div', { class: 'embed-fold-body' });
  fold.append(foldSummary, foldBody);

  const mapFrame = el('div', { class: 'embed-map-frame' });
  const mapContainer = el('div', { class: 'embed-map', id: 'map', 'data-testid': 'map' });
  // A short line over the map's top edge, never a veil over the whole map.
  const hint = el('div', { class: 'embed-hint', 'data-testid': 'embed-hint', role: 'status' });
  hint.hidden = true;
  const card = el('div', { class: 'embed-card', 'data-testid': 'embed-card' });
  card.hidden = true;
  mapFrame.append(mapContainer, hint, card);
  const side = el('aside', { class: 'embed-side' });
  const body = el('div', { class: 'embed-body' });
  body.append(mapFrame, side);

  const notices = el('div', { class: 'embed-notices', role: 'status', 'aria-live': 'polite', 'data-testid': 'notices' });
  const legendSlot = el('div', { class: 'embed-legend-slot' });
  const controls = el('div', { class: 'embed-controls' });
  const featureList = el('div', { class: 'visually-hidden', 'data-testid': 'embed-feature-list' });
  const note = el('p', { class: 'embed-note', 'data-testid': 'embed-note' });
  const credit = el('p', { class: 'embed-credit', 'data-testid': 'embed-credit' });
  const source = el('p', { class: 'embed-source', 'data-testid': 'embed-source' });
  const fullLink = el('a', { class: 'embed-full-link', 'data-testid': 'embed-full-link', target: '_blank', rel: 'noopener' });
  const footer = el('footer', { class: 'embed-footer' });
  footer.append(credit, source);
  const top = el('div', { class: 'embed-top' });
  const main = el('main', { class: 'embed-main' });
  // Link and legend come before the map: every feature on the map is a Tab stop, and a keyboard
  // reader should not have to pass them all to reach these.
  main.append(top, notices, body, controls, note, featureList, footer);
  root.append(main);
  host.replaceChildren(root);

  const arrange = (narrow: boolean) => {
    root.dataset.layout = narrow ? 'narrow' : 'wide';
    if (narrow) {
      // A <summary> may hold one heading: the headline stays the page's h1 inside the one line.
      foldSummary.replaceChildren(title, foldLabel);
      foldBody.append(dek, summary, legendSlot);
      top.replaceChildren(fold);
      // No room beside the folded line on a phone: the link goes under the map.
      footer.append(fullLink);
    } else {
      head.append(title, dek, summary);
      side.append(legendSlot);
      top.replaceChildren(head, fullLink);
    }
  };
  return { root, title, dek, summary, fold, foldLabel, mapFrame, mapContainer, hint, card, legendSlot, controls, featureList, notices, note, credit, source, fullLink, arrange };
}
