import type { Feature } from 'geojson';
// The search combobox (WAI-ARIA APG "list autocomplete"): type a project or place name, a short or
// former name, pinyin, English or a type; ArrowDown/ArrowUp move through the suggestions, Enter
// chooses, Escape closes; a click chooses too. Suggestions are grouped (projects, places, types) and
// say what matched when it is not the shown name. The typed text is the state's search (it also
// narrows the list); choosing a project or place selects it and zooms the map to it, choosing a type
// lists its projects.
import type { ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { CatalogEntry, UnitCatalog } from '../map/unit-catalog';
import { localName, translate } from '../i18n/translate';
import type { StringKey } from '../i18n/strings';
import { categoryLabel } from '../i18n/domain-labels';
import { createEntry, groupHits, search, type SearchEntry, type SearchHit } from '../search/search-index';
import { featureEntry, typeEntries } from '../search/type-entries';
import { formerUnitNames } from '../search/former-unit-names';
import { el } from './dom';
import type { Teardown } from './teardown';

/** One named feature of a planner's layer, as the search offers it. */
export interface UserSearchFeature {
  layerId: string;
  layerName: string;
  index: number;
  name: string;
  feature: Feature;
}

export interface SearchBoxOptions {
  store: Store;
  features: readonly ProjectFeature[];
  catalog: UnitCatalog;
  onChooseFeature(feature: ProjectFeature): void;
  onChooseUnit(unit: CatalogEntry): void;
  /** the planner's named features (visible layers), searched by name after the built-in ones */
  userFeatures?: () => readonly UserSearchFeature[];
  onChooseUserFeature?(feature: UserSearchFeature): void;
}

const optionId = (index: number) => `search-option-${index}`;

export function mountSearchBox(parent: HTMLElement, options: SearchBoxOptions): Teardown {
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

  const featureEntries = [...features.map((feature) => featureEntry(feature.properties)), ...typeEntries(features)];
  const featureById = new Map(features.map((feature) => [feature.properties.id, feature]));
  // Units join as their files load (counties): rebuilt when the catalog grows.
  let unitEntries: SearchEntry[] = [];
  const entries = (): SearchEntry[] => {
    const units = catalog.selectable();
    if (units.length !== unitEntries.length) {
      unitEntries = units.map((unit) =>
        createEntry({ kind: 'unit', adcode: unit.properties.adcode }, { ...unit.properties, aliases: formerUnitNames(unit.properties.adcode) }),
      );
    }
    return [...featureEntries, ...unitEntries, ...userEntries()];
  };
  // The planner's features change with their layers: rebuilt when the list given is another one.
  let userSource: readonly UserSearchFeature[] = [];
  let userCache: SearchEntry[] = [];
  const userById = new Map<string, UserSearchFeature>();
  const userKey = (layerId: string, index: number) => `${layerId}:${index}`;
  const userEntries = (): SearchEntry[] => {
    const current = options.userFeatures?.() ?? [];
    if (current !== userSource) {
      userSource = current;
      userById.clear();
      userCache = current.map((item) => {
        userById.set(userKey(item.layerId, item.index), item);
        return createEntry({ kind: 'user', layerId: item.layerId, index: item.index }, { name_zh: item.name, name_en: item.name });
      });
    }
    return userCache;
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
    } else if (target.kind === 'unit') {
      const unit = catalog.get(target.adcode);
      if (unit) options.onChooseUnit(unit);
    } else if (target.kind === 'user') {
      const item = userById.get(userKey(target.layerId, target.index));
      if (item) options.onChooseUserFeature?.(item);
    } else {
      // a type or level: its name becomes the search, which the list narrows to (type words match)
      const name = localName(hit.entry, store.getState().lang);
      input.value = name;
      store.dispatch({ search: name, panelTab: 'list' });
    }
  }

  function kindLabel(hit: SearchHit, lang: 'zh' | 'en'): string {
    const { target } = hit.entry;
    if (target.kind === 'unit') return translate(lang, 'search.kind.unit');
    if (target.kind === 'user') return userById.get(userKey(target.layerId, target.index))?.layerName ?? '';
    if (target.kind === 'type') return translate(lang, target.field === 'level' ? 'search.kind.level' : 'search.kind.subtype');
    const feature = featureById.get(target.id);
    return feature ? categoryLabel(feature.properties.category, lang) : '';
  }

  /** "拼音首字母：cdgxq" when the hit matched through something other than the name it shows */
  function matchNote(hit: SearchHit, lang: 'zh' | 'en'): string | null {
    const { matched } = hit;
    if (matched.source === 'name' && matched.display === localName(hit.entry, lang)) return null;
    const label = translate(lang, `search.match.${matched.source}` as StringKey);
    return lang === 'zh' ? `${label}：${matched.display}` : `${label}: ${matched.display}`;
  }

  function optionFor(hit: SearchHit, index: number, lang: 'zh' | 'en'): HTMLElement {
    const target = hit.entry.target;
    const data: Record<string, string> =
      target.kind === 'feature' ? { 'data-feature-id': target.id }
      : target.kind === 'unit' ? { 'data-adcode': target.adcode }
      : target.kind === 'user' ? { 'data-user-feature': userKey(target.layerId, target.index) }
      : { 'data-type': `${target.field}:${target.value}` };
    const item = el('li', { role: 'option', id: optionId(index), 'aria-selected': String(index === active), ...data });
    const text = el('span', { class: 'option-text' });
    text.append(el('span', { class: 'option-name' }, localName(hit.entry, lang)));
    const note = matchNote(hit, lang);
    if (note !== null) text.append(el('span', { class: 'option-match' }, note));
    item.append(text, el('span', { class: 'option-kind' }, kindLabel(hit, lang)));
    // mousedown, not click: the input must not lose focus (and close the list) first.
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      choose(hit);
    });
    return item;
  }

  function renderList(): void {
    const { lang } = store.getState();
    // grouped display order is the navigation order too
    hits = groupHits(search(entries(), input.value, lang, 16)).flatMap((group) => group.hits);
    active = Math.min(active, hits.length - 1);
    let index = 0;
    const groups = groupHits(hits).map((group) => {
      const headingId = `search-group-${group.kind}`;
      const options = group.hits.map((hit) => optionFor(hit, index++, lang));
      const optionList = el('ul', { role: 'none', class: 'search-group-options' });
      optionList.append(...options);
      const item = el('li', { role: 'group', 'aria-labelledby': headingId, class: 'search-group' });
      item.append(el('span', { id: headingId, class: 'search-group-heading', role: 'presentation' }, translate(lang, `search.group.${group.kind}` as StringKey)), optionList);
      return item;
    });
    list.replaceChildren(...(groups.length > 0 ? groups : [el('li', { class: 'option-empty', 'aria-disabled': 'true' }, translate(lang, 'search.noMatch'))]));
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
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    wrapper.remove();
  };
}
