// The list of features that pass the filters (and the search text), in step with the map: choosing
// a row selects the feature (and shows it on the map); selecting on the map marks the row and
// scrolls it into view. Columns name, year and city sort with header buttons (aria-sort). Rows are
// focusable; Enter or Space chooses. Text only, never HTML.
import type { UnitNameLookup } from '../charts/aggregate';
import type { ProjectFeature } from '../types';
import type { ListSortColumn } from '../state/app-state';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import { formatCorridorDistance } from '../questions/format';
import type { StringKey } from '../i18n/strings';
import { localName, translate } from '../i18n/translate';
import { cellText } from '../table/columns';
import { listFeatures, toggleListSort } from './feature-list-model';
import { el } from './dom';
import type { Teardown } from './teardown';

export interface FeatureListOptions {
  store: Store;
  /** the shown set (filters and questions): the list narrows it further by the search text */
  scene: SceneSource;
  lookup: UnitNameLookup;
  onChoose(feature: ProjectFeature): void;
}

// name (with the type under it), city, year: what a planner scans a row for
const COLUMNS: readonly ListSortColumn[] = ['name', 'city', 'year'];

/**
 * Scrolls only the list's own box to show the row (below the sticky header): scrollIntoView would
 * also scroll the panel column, and on phones pull the bottom sheet away from the detail panel.
 */
function scrollWithin(scroller: HTMLElement, row: HTMLElement, headerHeight: number): void {
  const top = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  if (top - headerHeight < scroller.scrollTop) scroller.scrollTop = top - headerHeight;
  else if (top + row.offsetHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + row.offsetHeight - scroller.clientHeight;
}

export function mountFeatureList(stack: HTMLElement, options: FeatureListOptions): Teardown {
  const { store, lookup } = options;
  const panel = el('section', { class: 'panel feature-list', 'data-testid': 'feature-list', 'aria-labelledby': 'feature-list-heading' });
  const heading = el('h2', { id: 'feature-list-heading', class: 'panel-heading' });
  const count = el('p', { class: 'feature-list__count', 'data-testid': 'feature-list-count', 'aria-live': 'polite' });
  const searchLine = el('p', { class: 'feature-list__search' });
  const searchText = el('span');
  const clearSearch = el('button', { type: 'button', class: 'feature-list__clear', 'data-testid': 'feature-list-clear-search' });
  searchLine.append(searchText, clearSearch);
  const scroller = el('div', { class: 'feature-list__scroller' });
  const table = el('table', { class: 'feature-list__table' });
  const headRow = el('tr');
  const headers = new Map<ListSortColumn, { th: HTMLTableCellElement; button: HTMLButtonElement }>();
  for (const column of COLUMNS) {
    const th = el('th', { scope: 'col', 'data-column': column });
    const button = el('button', { type: 'button', class: 'feature-list__sort', 'data-testid': `feature-list-sort-${column}` });
    button.addEventListener('click', () => store.dispatch((state) => ({ listSort: toggleListSort(state.listSort, column) })));
    th.append(button);
    headRow.append(th);
    headers.set(column, { th, button });
  }
  table.createTHead().append(headRow);
  const body = table.createTBody();
  const empty = el('p', { class: 'feature-list__empty' });
  scroller.append(table, empty);
  panel.append(heading, count, searchLine, scroller);
  stack.append(panel);

  clearSearch.addEventListener('click', () => store.dispatch({ search: '' }));
  let shown: ProjectFeature[] = [];
  const choose = (row: Element | null) => {
    const feature = shown.find((candidate) => candidate.properties.id === (row as HTMLElement | null)?.dataset.featureId);
    if (feature) options.onChoose(feature);
  };
  body.addEventListener('click', (event) => choose((event.target as Element).closest('tr')));
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would scroll the list
    choose((event.target as Element).closest('tr'));
  });

  let shownSelection: string | null = null;
  const render = () => {
    const state = store.getState();
    const { lang, listSort, search, selection } = state;
    shown = listFeatures({ visible: options.scene.get().shown, search, sort: listSort, lang, lookup });
    // with a catchment asked, each row says how far it lies from the corridor
    const distances = options.scene.get().overlay?.answer.catchment?.distancesKm;
    heading.textContent = translate(lang, 'list.title');
    count.textContent = translate(lang, 'list.count', { shown: shown.length, total: options.scene.get().total });
    searchLine.hidden = search === '';
    searchText.textContent = translate(lang, 'list.search', { query: search });
    clearSearch.textContent = translate(lang, 'list.clearSearch');
    for (const [column, { th, button }] of headers) {
      button.textContent = translate(lang, `list.sort.${column}` as StringKey);
      if (listSort?.column === column) th.setAttribute('aria-sort', listSort.direction);
      else th.removeAttribute('aria-sort');
    }
    const selectedId = selection?.kind === 'feature' ? selection.id : null;
    const active = document.activeElement;
    const focusedId = active instanceof HTMLElement && body.contains(active) ? active.closest('tr')?.dataset.featureId : undefined;
    body.replaceChildren(
      ...shown.map((feature) => {
        const row = el('tr', { tabindex: '0', 'data-feature-id': feature.properties.id, 'data-testid': 'feature-list-row' });
        if (feature.properties.id === selectedId) row.setAttribute('aria-current', 'true');
        const main = el('th', { scope: 'row', class: 'feature-list__main' });
        main.append(el('span', { class: 'feature-list__name' }, localName(feature.properties, lang)), el('span', { class: 'feature-list__type' }, cellText(feature, 'subtype', { lang })));
        const km = distances?.get(feature.properties.id);
        if (km !== undefined) {
          const text = translate(lang, 'q.distanceToCorridor', { value: formatCorridorDistance(km, lang) });
          main.append(el('span', { class: 'feature-list__type', 'data-testid': 'feature-list-distance', 'data-km': String(km) }, text));
        }
        row.append(main, el('td', { class: 'feature-list__city' }, cellText(feature, 'city', { lang, lookup })), el('td', { class: 'feature-list__year' }, cellText(feature, 'year', { lang })));
        return row;
      }),
    );
    empty.hidden = shown.length > 0;
    empty.textContent = translate(lang, 'list.empty');
    if (focusedId !== undefined) body.querySelector<HTMLElement>(`tr[data-feature-id="${CSS.escape(focusedId)}"]`)?.focus();
    // Bring the selected row into view when the selection changes (from the map, search or URL).
    if (selectedId !== shownSelection) {
      shownSelection = selectedId;
      const row = body.querySelector<HTMLElement>('tr[aria-current="true"]');
      // Once more in the next frame: the details opened by the same selection take height from the
      // list's box after this render, which would push the row back out of view.
      if (row) {
        scrollWithin(scroller, row, table.tHead?.offsetHeight ?? 0);
        requestAnimationFrame(() => {
          if (row.isConnected) scrollWithin(scroller, row, table.tHead?.offsetHeight ?? 0);
        });
      }
    }
  };
  render();
  return options.scene.subscribe(render);
}
