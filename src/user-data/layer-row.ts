// One layer in the "My layers" list: name (renamed in place), colour, feature count, visibility,
// property filter, and remove with an inline confirmation (no browser dialog to block the page).
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import type { UserLayer } from '../import/layer-store.ts';
import type { LayerFilter } from './layer-filter';
import { buildFilterControls } from './filter-controls';
import { lazyPart } from '../ui/lazy-part';

// "Size by" and its legend are fetched with the first row: the full app's first view is at its size budget
const sizeByPart = lazyPart(() => import('./size-by-controls'));

export interface LayerRowActions {
  rename(name: string): void;
  recolour(colour: string): void;
  setVisible(visible: boolean): void;
  remove(): void;
  setFilter(filter: LayerFilter | undefined): void;
  setSizeBy(column: string | null): void;
  zoomTo(): void;
}

export interface LayerRow {
  element: HTMLLIElement;
  setShownCount(shown: number): void;
}

export function buildLayerRow(layer: UserLayer, filter: LayerFilter | undefined, lang: Lang, actions: LayerRowActions): LayerRow {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const key = (part: string) => `${layer.id}:${part}`;
  const item = el('li', { class: 'user-layer-row', 'data-testid': 'user-layer', 'data-layer-id': layer.id });
  // A group inside the list item (not on it): the list keeps its items, screen readers hear the layer's name.
  const group = el('div', { role: 'group', 'aria-label': t('mydata.layerGroup', { name: layer.name }) });

  const name = el('input', { type: 'text', class: 'user-layer-name', 'aria-label': t('mydata.name'), 'data-testid': 'user-layer-name', 'data-focus-key': key('name'), maxlength: '200' });
  name.value = layer.name;
  name.addEventListener('change', () => {
    if (name.value.trim() === '') name.value = layer.name;
    else if (name.value.trim() !== layer.name) actions.rename(name.value);
  });
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') name.value = layer.name;
  });

  const colour = el('input', { type: 'color', 'aria-label': t('mydata.colour'), 'data-testid': 'user-layer-colour', 'data-focus-key': key('colour') });
  colour.value = layer.colour;
  colour.addEventListener('change', () => actions.recolour(colour.value));

  const visible = el('input', { type: 'checkbox', 'data-testid': 'user-layer-visible', 'data-focus-key': key('visible') });
  visible.checked = layer.visible;
  visible.addEventListener('change', () => actions.setVisible(visible.checked));
  const visibleLabel = el('label', { class: 'user-layer-visible' });
  visibleLabel.append(visible, el('span', {}, t('mydata.visible')));

  const count = el('span', { class: 'user-layer-count', 'data-testid': 'user-layer-count' }, t('mydata.count', { count: layer.features.length }));

  const actionsBox = el('div', { class: 'user-layer-actions' });
  const remove = el('button', { type: 'button', 'data-testid': 'user-layer-remove', 'data-focus-key': key('remove') }, t('mydata.remove'));
  const zoom = el('button', { type: 'button', 'data-testid': 'user-layer-zoom', 'data-focus-key': key('zoom') }, t('mydata.zoomToLayer'));
  zoom.addEventListener('click', () => actions.zoomTo());
  const showRemove = () => actionsBox.replaceChildren(zoom, remove);
  remove.addEventListener('click', () => {
    const question = el('span', {}, t('mydata.confirmRemove', { name: layer.name }));
    const confirm = el('button', { type: 'button', 'data-testid': 'user-layer-confirm-remove' }, t('mydata.confirm'));
    const keep = el('button', { type: 'button', 'data-testid': 'user-layer-keep' }, t('mydata.keep'));
    confirm.addEventListener('click', () => actions.remove());
    keep.addEventListener('click', () => {
      showRemove();
      remove.focus();
    });
    actionsBox.replaceChildren(question, confirm, keep);
    keep.focus();
  });
  showRemove();

  const top = el('div', { class: 'user-layer-top' });
  top.append(colour, name);
  const middle = el('div', { class: 'user-layer-middle' });
  middle.append(visibleLabel, count, actionsBox);
  const filters = buildFilterControls({ layerId: layer.id, features: layer.features, filter, lang, onChange: actions.setFilter });
  // replaced by the "Size by" control when the layer has a column to size its points by
  const sizeSlot = el('div', { hidden: '' });
  group.append(top, middle, filters, sizeSlot);
  const placeSizeBy = ({ placeSizeByControls }: typeof import('./size-by-controls')) => placeSizeByControls(sizeSlot, layer, lang, actions.setSizeBy);
  const sizeBy = sizeByPart.loaded();
  // once loaded, in place at once, so a re-drawn row keeps the focus on its select; a failed fetch is tried again with the next row
  if (sizeBy) placeSizeBy(sizeBy);
  else void sizeByPart.get().then(placeSizeBy, () => {});
  item.append(group);

  return {
    element: item,
    setShownCount(shown) {
      count.textContent = shown === layer.features.length ? t('mydata.count', { count: layer.features.length }) : t('mydata.shownCount', { shown, count: layer.features.length });
    },
  };
}
