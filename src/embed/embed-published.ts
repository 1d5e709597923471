// The site's published layers (data/layers/) in the embed: drawn on the map as in the full app, a row
// each in the legend (symbol, title, source) and their sources after the map's own in the source
// line. Its own chunk, loaded only when the build has published layers, so the embed's first view
// without them stays as it was.
import type L from 'leaflet';
import type { Lang } from '../types';
import { loadPublishedLayers } from '../data/published-layers';
import { mountUserLayers } from '../map/user-layer';
import { createUserLayersState } from '../user-data/user-layers-state';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import { createUserNarrowingSource } from '../state/user-narrowing-source';
import { showPublishedLayers, unknownPublishedIds } from '../user-data/published-layers';
import { userLayerSwatch } from '../user-data/user-layer-swatch';
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

/** The layers the state hides (pubhide=) are off the map, out of the legend and out of the source line. */
export async function startEmbedPublished(map: L.Map, lang: Lang, store: Store, scene: SceneSource, report: (message: string) => void): Promise<EmbedPublished> {
  const layers = await loadPublishedLayers();
  const unknown = unknownPublishedIds(store.getState().hiddenPublished, layers);
  if (unknown.length > 0) report(translate(lang, 'published.unknownHidden', { ids: unknown.join(', ') }));
  const state = createUserLayersState();
  const apply = showPublishedLayers(state, layers, () => lang, () => store.getState().hiddenPublished);
  // the questions in the link narrow these as they narrow the projects
  const narrowing = createUserNarrowingSource();
  const stopNarrowing = narrowing.follow(scene);
  const view = mountUserLayers(map, state, () => lang, narrowing);
  const list = el('ul', { class: 'user-legend__rows published-legend__rows', 'data-testid': 'embed-published-legend' });
  for (const layer of state.getLayers()) {
    const swatch = userLayerSwatch(layer);
    const row = el('span', { class: 'user-legend__row' });
    row.append(swatch, el('span', { class: 'user-legend__name' }, layer.name));
    const about = el('p', { class: 'published-legend__about' });
    about.append(publishedSourceLine(layer.published!, lang), ' · ', publishedPrecisionLine(layer.published!.precision, lang));
    const item = el('li', { 'data-layer-id': layer.id });
    item.append(row, about);
    list.append(item);
  }
  // a story step may show or hide a layer: the map and the legend's rows follow the state
  const showRows = () => {
    for (const item of list.children) (item as HTMLElement).hidden = !state.getLayers().some((layer) => layer.id === (item as HTMLElement).dataset.layerId && layer.visible);
  };
  showRows();
  const stopStore = store.subscribe((next, previous) => {
    if (next.hiddenPublished === previous.hiddenPublished) return;
    apply();
    showRows();
  });
  const legend = el('section', { class: 'published-legend' });
  legend.append(el('h3', {}, translate(lang, 'published.heading')), list);
  const hidden = new Set(store.getState().hiddenPublished);
  const sources = layers
    .filter((layer) => !hidden.has(layer.id))
    .map(({ title, source }) => translate(lang, 'published.sourceLine', { title: title[lang], source: source.name, date: source.checked }))
    .join(translate(lang, 'published.sourcesJoin'));
  return {
    legend,
    sources,
    teardown: () => {
      stopStore();
      stopNarrowing();
      view.teardown();
    },
  };
}
