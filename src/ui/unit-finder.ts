// A combobox to find a unit by name or code: arrow keys move through the matches, Enter selects the
// highlighted one (or the first) and zooms to it. Counties join the list once their file is loaded.
import type { Store } from '../state/store';
import type { CatalogEntry, UnitCatalog } from '../map/unit-catalog';
import { localName, translate } from '../i18n/translate';
import { matchUnits } from './match-units';
import { el } from './dom';

export interface UnitFinderOptions {
  store: Store;
  catalog: UnitCatalog;
  onChoose(entry: CatalogEntry): void;
}

export function mountUnitFinder(parent: HTMLElement, { store, catalog, onChoose }: UnitFinderOptions): void {
  const wrapper = el('div', { class: 'unit-finder' });
  const label = el('label', { for: 'unit-finder-input', class: 'visually-hidden' });
  const input = el('input', {
    id: 'unit-finder-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'unit-finder-list',
    'data-testid': 'unit-finder',
  });
  const list = el('ul', { id: 'unit-finder-list', role: 'listbox', class: 'unit-finder-list' });
  list.hidden = true;
  const count = el('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  wrapper.append(label, input, list, count);
  parent.append(wrapper);

  let matches: CatalogEntry[] = [];
  let active = -1;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function choose(entry: CatalogEntry): void {
    close();
    input.value = localName(entry.properties, store.getState().lang);
    onChoose(entry);
  }

  function renderList(): void {
    const { lang } = store.getState();
    matches = matchUnits(catalog.selectable().map((entry) => ({ ...entry.properties, entry })), input.value, lang).map(
      (match) => match.entry,
    );
    active = Math.min(active, matches.length - 1);
    const items = matches.map((entry, index) => {
      const unit = entry.properties;
      const item = el('li', { role: 'option', id: `unit-option-${unit.adcode}`, 'data-adcode': unit.adcode, 'aria-selected': String(index === active) });
      item.append(el('span', { class: 'option-name' }, localName(unit, lang)), el('span', { class: 'option-level' }, translate(lang, `level.${unit.level}`)));
      // mousedown, not click: the input must not lose focus (and close the list) first.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(entry);
      });
      return item;
    });
    list.replaceChildren(...(items.length > 0 ? items : [el('li', { class: 'option-empty', 'aria-disabled': 'true' }, translate(lang, 'finder.noMatch'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    count.textContent = translate(lang, 'finder.count', { count: matches.length });
    const current = matches[active];
    if (current) {
      input.setAttribute('aria-activedescendant', `unit-option-${current.properties.adcode}`);
      list.querySelector(`[aria-selected="true"]`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  input.addEventListener('input', () => {
    active = input.value.trim() === '' ? -1 : 0;
    renderList();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '') renderList();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) active = -1;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const size = Math.max(matches.length, 1);
      active = list.hidden && matches.length === 0 ? 0 : (active + step + size) % size;
      renderList();
    } else if (event.key === 'Enter') {
      const entry = matches[Math.max(active, 0)];
      if (!list.hidden && entry) {
        event.preventDefault();
        choose(entry);
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  const renderLabels = () => {
    const { lang } = store.getState();
    label.textContent = translate(lang, 'finder.label');
    input.placeholder = translate(lang, 'finder.placeholder');
    if (!list.hidden) renderList();
  };
  renderLabels();
  store.subscribe(renderLabels);
}
