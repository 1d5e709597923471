// The site's published layers (data/layers/) in the embed: drawn on the map as in the full app, a row
// each in the legend (symbol, title, source) and their sources after the map's own in the source
// line. Its own chunk, loaded only when the build has published layers, so the embed's first view
// without them stays as it was.
import type L from 'leaflet';
import type { Lang } from '../types';
import { loadPublishedLayers } from '../data/published-layers';
import { mountUserLayers } from '../map/user-layer';
import { createUserLayersState } from '../user-data/user-layers-state';
import { showPublishedLayers } from '../user-data/published-layers';
import { shapeOf } from '../user-data/user-legend';
import { publishedPrecisionLine, publishedSourceLine } from '../user-data/published-source';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import '../styles/user-data.css';

export interface EmbedPublished {
  /** the legend's rows for the published layers */
  legend: HTMLElement;
  /** "; title: source (checked …)" for the source line */
  sources: string;
  teardown(): void;
}

export async function startEmbedPublished(map: L.Map, lang: Lang): Promise<EmbedPublished> {
  const layers = await loadPublishedLayers();
  const state = createUserLayersState();
  showPublishedLayers(state, layers, () => lang);
  const view = mountUserLayers(map, state, () => lang);
  const list = el('ul', { class: 'user-legend__rows published-legend__rows', 'data-testid': 'embed-published-legend' });
  for (const layer of state.getLayers()) {
    const swatch = el('span', { class: `user-legend__swatch user-legend__swatch--${shapeOf(layer)}`, 'aria-hidden': 'true' });
    swatch.style.setProperty('--swatch', layer.colour);
    const row = el('span', { class: 'user-legend__row' });
    row.append(swatch, el('span', { class: 'user-legend__name' }, layer.name));
    const about = el('p', { class: 'published-legend__about' });
    about.append(publishedSourceLine(layer.published!, lang), ' · ', publishedPrecisionLine(layer.published!.precision, lang));
    const item = el('li', { 'data-layer-id': layer.id });
    item.append(row, about);
    list.append(item);
  }
  const legend = el('section', { class: 'published-legend' });
  legend.append(el('h3', {}, translate(lang, 'published.heading')), list);
  const sources = layers
    .map(({ title, source }) => translate(lang, 'published.sourceLine', { title: title[lang], source: source.name, date: source.checked }))
    .join(translate(lang, 'published.sourcesJoin'));
  return { legend, sources, teardown: view.teardown };
}
