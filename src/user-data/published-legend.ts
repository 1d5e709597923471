// The site's published layers in the Layers tab, above the planner's own: each with a box to show or
// hide it (state: pubhide=), its symbol (its shape in its colour), its title, how many of its features are shown, its
// source with the day it was checked, and how far to trust its positions.
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import type { UserLayersState } from './user-layers-state';
import { userLayerSwatch } from './user-layer-swatch';
import { toggleInSet } from '../filters/filter-state';
import { publishedIdOf } from './published-layers';
import { publishedPrecisionLine, publishedSourceLine } from './published-source';
import { renderOnLayersAndLang } from './render-on-change';
import type { UserNarrowingSource } from '../state/user-narrowing-source';
import { KEEP_ALL } from '../state/user-narrowing';

export function mountPublishedLegend(parent: HTMLElement, store: Store, state: UserLayersState, narrowing?: UserNarrowingSource): () => void {
  const section = el('section', { class: 'panel published-legend', 'data-testid': 'published-legend' });
  parent.append(section);
  const render = () => {
    const lang = store.getState().lang;
    const layers = state.getLayers().filter((layer) => layer.published);
    if (layers.length === 0) return section.replaceChildren();
    // shown: after the reader's hiding and the spatial questions, as the map draws them
    const narrow = narrowing?.get() ?? KEEP_ALL;
    const shownCounts = new Map(state.getShownLayers().map((layer) => [layer.id, narrow(layer.features).length]));
    const focused = document.activeElement instanceof HTMLInputElement && section.contains(document.activeElement) ? document.activeElement.dataset.layerId : undefined;
    const list = el('ul', { class: 'user-legend__rows published-legend__rows' });
    for (const layer of layers) {
      const info = layer.published!;
      const box = el('input', { type: 'checkbox', 'data-layer-id': layer.id, 'aria-label': translate(lang, 'published.show', { title: layer.name }) });
      box.checked = layer.visible;
      // a state change (pubhide= in the permalink): the layers follow it through mount-published.ts
      box.addEventListener('change', () => store.dispatch({ hiddenPublished: toggleInSet(store.getState().hiddenPublished, publishedIdOf(layer), !box.checked) }));
      const swatch = userLayerSwatch(layer);
      const label = el('label', { class: 'user-legend__row' });
      label.append(box, swatch, el('span', { class: 'user-legend__name' }, layer.name), el('span', { class: 'user-legend__count' }, `${shownCounts.get(layer.id) ?? 0}/${layer.features.length}`));
      const about = el('p', { class: 'published-legend__about' });
      about.append(publishedSourceLine(info, lang), ' · ', publishedPrecisionLine(info.precision, lang));
      const item = el('li', { 'data-testid': 'published-legend-row', 'data-layer-id': layer.id });
      item.append(label, about);
      list.append(item);
    }
    section.replaceChildren(el('h2', {}, translate(lang, 'published.heading')), list);
    if (focused) section.querySelector<HTMLInputElement>(`input[data-layer-id="${CSS.escape(focused)}"]`)?.focus();
  };
  const stopRendering = renderOnLayersAndLang(render, state, store, narrowing);
  return () => {
    stopRendering();
    section.remove();
  };
}
