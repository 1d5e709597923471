// The planner's own layers in the legend (Layers tab): each visible layer with its own symbol (a
// dot for points, a stroke for lines, a square for areas, in the layer's colour), its name and how
// many of its features are shown (after its filter and the spatial questions, as the map draws it),
// under a heading that marks them as the planner's data.
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { userLayersState, type UserLayersState } from './user-layers-state';
import { userLayerSwatch } from './user-layer-swatch';
import { renderOnLayersAndLang } from './render-on-change';
import type { UserNarrowingSource } from '../state/user-narrowing-source';
import { KEEP_ALL } from '../state/user-narrowing';

export function mountUserLegend(parent: HTMLElement, store: Store, state: UserLayersState = userLayersState, narrowing?: UserNarrowingSource): () => void {
  const section = el('section', { class: 'panel user-legend', 'data-testid': 'user-legend' });
  parent.append(section);
  const render = () => {
    const lang = store.getState().lang;
    // the site's published layers have their own section (published-legend.ts)
    const shown = state.getShownLayers().filter((layer) => !layer.published);
    if (shown.length === 0) return section.replaceChildren();
    const list = el('ul', { class: 'user-legend__rows' });
    const narrow = narrowing?.get() ?? KEEP_ALL;
    for (const layer of shown) {
      const total = state.getLayers().find((full) => full.id === layer.id)?.features.length ?? layer.features.length;
      const swatch = userLayerSwatch(layer);
      const item = el('li', { class: 'user-legend__row', 'data-testid': 'user-legend-row', 'data-layer-id': layer.id });
      item.append(swatch, el('span', { class: 'user-legend__name' }, layer.name), el('span', { class: 'user-legend__count' }, `${narrow(layer.features).length}/${total}`));
      list.append(item);
    }
    section.replaceChildren(el('h2', {}, translate(lang, 'mydata.legendHeading')), list);
  };
  const stopRendering = renderOnLayersAndLang(render, state, store, narrowing);
  /** teardown: stops listening and takes the section away */
  return () => {
    stopRendering();
    section.remove();
  };
}
