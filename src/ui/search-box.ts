// The search combobox (WAI-ARIA APG "list autocomplete"): type a project or place name, pinyin
// initials or English; ArrowDown/ArrowUp move through the suggestions, Enter chooses, Escape
// closes; a click chooses too. The typed text is the state's search (it also narrows the list);
// choosing selects the feature or unit and zooms the map to it.
import type { ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { CatalogEntry, UnitCatalog } from '../map/unit-catalog';
import { localName, translate } from '../i18n/translate';
import { categoryLabel } from '../i18n/domain-labels';
import { createEntry, search, type SearchEntry, type SearchHit } from '../search/search-index';
import { el } from './dom';

export interface SearchBoxOptions {
  store: Store;
  features: readonly ProjectFeature[];
  catalog: UnitCatalog;
  onChooseFeature(feature: ProjectFeature): void;
  onChooseUnit(unit: CatalogEntry): void;
}

const optionId = (index: number) => `search-option-${index}`;

export function mountSearchBox(parent: HTMLElement, options: SearchBoxOptions): void {
  const { store, features, catalog } = options;
  const wrapper = el('div', { class: 'search-box' });
  const label = el('label', { for: 'search-input', class: 'visually-hidden' });
  const input = el('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-list',
    'data-testid': 'search',
  });
  const list = el('ul', { id: 'search-list', role: 'listbox', class: 'search-list', 'data-testid': 'search-list' });
  list.hidden = true;
  const count = el('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  wrapper.append(label, input, list, count);
  parent.append(wrapper);

  const featureEntries = features.map((feature) => createEntry({ kind: 'feature', id: feature.properties.id }, feature.properties));
  const featureById = new Map(features.map((feature) => [feature.properties.id, feature]));
  // Units join as their files load (counties): rebuilt when the catalog grows.
  let unitEntries: SearchEntry[] = [];
  const entries = (): SearchEntry[] => {
    const units = catalog.selectable();
    if (units.length !== unitEntries.length) {
      unitEntries = units.map((unit) => createEntry({ kind: 'unit', adcode: unit.properties.adcode }, unit.properties));
    }
    return [...featureEntries, ...unitEntries];
  };

  let hits: SearchHit[] = [];
  let active = -1;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(hit: SearchHit): void {
    close();
    const { target } = hit.entry;
    if (target.kind === 'feature') {
      const feature = featureById.get(target.id);
      if (feature) options.onChooseFeature(feature);
    } else {
      const unit = catalog.get(target.adcode);
      if (unit) options.onChooseUnit(unit);
    }
  }

  function kindLabel(hit: SearchHit, lang: 'zh' | 'en'): string {
    const { target } = hit.entry;
    if (target.kind === 'unit') return translate(lang, 'search.kind.unit');
    const feature = featureById.get(target.id);
    return feature ? categoryLabel(feature.properties.category, lang) : '';
  }

  function renderList(): void {
    const { lang } = store.getState();
    hits = search(entries(), input.value, lang);
    active = Math.min(active, hits.length - 1);
    const items = hits.map((hit, index) => {
      const target = hit.entry.target;
      const item = el('li', {
        role: 'option',
        id: optionId(index),
        'aria-selected': String(index === active),
        ...(target.kind === 'feature' ? { 'data-feature-id': target.id } : { 'data-adcode': target.adcode }),
      });
      item.append(el('span', { class: 'option-name' }, localName(hit.entry, lang)), el('span', { class: 'option-kind' }, kindLabel(hit, lang)));
      // mousedown, not click: the input must not lose focus (and close the list) first.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      return item;
    });
    list.replaceChildren(...(items.length > 0 ? items : [el('li', { class: 'option-empty', 'aria-disabled': 'true' }, translate(lang, 'search.noMatch'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    count.textContent = translate(lang, 'search.count', { count: hits.length });
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', optionId(active));
      list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  input.addEventListener('input', () => {
    active = -1;
    store.dispatch({ search: input.value.trim() });
    if (input.value.trim() === '') close();
    else renderList();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (input.value.trim() === '') return;
      if (list.hidden) renderList();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length;
      renderList();
    } else if (event.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (!list.hidden && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      // handled here: the detail panel ignores an Escape that closed the suggestions
      event.preventDefault();
      close();
    }
  });

  const render = () => {
    const { lang, search: text } = store.getState();
    label.textContent = translate(lang, 'search.label');
    input.placeholder = translate(lang, 'search.placeholder');
    // back/forward or a cleared search changes the text from outside
    if (input.value.trim() !== text) {
      input.value = text;
      close();
    }
    if (!list.hidden) renderList();
  };
  render();
  store.subscribe(render);
}
