// A sortable, keyboard-usable table of the current set of features. Rendering again with new data
// updates the same <table> (no duplicates); the chosen sort survives re-renders. All data is set
// with textContent, never parsed as HTML.
import type { UnitNameLookup } from '../charts/aggregate.ts';
import { translate } from '../i18n/translate.ts';
import type { Lang, ProjectFeature } from '../types.ts';
import { cellText, columnHeader, visibleColumns, type ColumnContext, type ColumnKey } from './columns.ts';
import { nextSort, sortFeatures, type SortState } from './sort.ts';

export interface FeatureTableOptions {
  lang: Lang;
  /** names the prefecture-level cities; without it the curator's cities text is shown */
  lookup?: UnitNameLookup;
  /** the selected feature's row is marked (aria-current) */
  selectedId?: string | null;
  /** called with the feature id when a row is clicked or activated with Enter/Space */
  onSelect?: (id: string) => void;
  /** each catchment match's distance to the corridors (km): adds a sortable distance column */
  distancesKm?: ReadonlyMap<string, number> | null;
}

interface TableState {
  table: HTMLTableElement;
  caption: HTMLTableCaptionElement;
  headRow: HTMLTableRowElement;
  headers: Map<ColumnKey, { th: HTMLTableCellElement; button: HTMLButtonElement }>;
  body: HTMLTableSectionElement;
  features: readonly ProjectFeature[];
  options: FeatureTableOptions;
  sort: SortState | null;
}

const states = new WeakMap<HTMLElement, TableState>();

function createTable(container: HTMLElement): TableState {
  const table = document.createElement('table');
  table.className = 'feature-table';
  const caption = table.createCaption();
  const headRow = table.createTHead().insertRow();
  const body = table.createTBody();
  container.append(table);
  const state: TableState = { table, caption, headRow, headers: new Map(), body, features: [], options: { lang: 'zh' }, sort: null };

  table.tHead?.addEventListener('click', (event) => {
    const th = (event.target as Element).closest('th');
    const column = th?.dataset.column as ColumnKey | undefined;
    if (!column) return;
    state.sort = nextSort(state.sort, column);
    update(state);
  });
  // listeners live on the tbody, set once, and read the latest options: re-renders add none
  body.addEventListener('click', (event) => {
    const row = (event.target as Element).closest('tr');
    if (row?.dataset.id) state.options.onSelect?.(row.dataset.id);
  });
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const row = (event.target as Element).closest('tr');
    if (!row?.dataset.id) return;
    event.preventDefault(); // Space would otherwise scroll the page
    state.options.onSelect?.(row.dataset.id);
  });
  return state;
}

/** (Re)builds the header cells when the shown columns change (the distance column comes and goes with a catchment). */
function syncHeaderCells(state: TableState, keys: readonly ColumnKey[]): void {
  if (keys.length === state.headers.size && keys.every((key) => state.headers.has(key))) return;
  state.headers = new Map();
  const cells = keys.map((key) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset.column = key;
    // a button inside the header makes sorting reachable and announced by keyboard and screen readers
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'feature-table__sort';
    th.append(button);
    state.headers.set(key, { th, button });
    return th;
  });
  state.headRow.replaceChildren(...cells);
  // a sort by a column that has gone away is dropped rather than kept invisibly
  if (state.sort && !keys.includes(state.sort.column)) state.sort = null;
}

function updateHeaders(state: TableState): void {
  const { lang } = state.options;
  for (const [key, { th, button }] of state.headers) {
    button.textContent = columnHeader(key, lang);
    if (state.sort?.column === key) th.setAttribute('aria-sort', state.sort.direction);
    else th.removeAttribute('aria-sort');
  }
}

function columnContext(options: FeatureTableOptions): ColumnContext {
  const { lang, lookup, distancesKm } = options;
  return { lang, ...(lookup ? { lookup } : {}), ...(distancesKm ? { distancesKm } : {}) };
}

function buildRow(feature: ProjectFeature, state: TableState, keys: readonly ColumnKey[]): HTMLTableRowElement {
  const { selectedId } = state.options;
  const ctx = columnContext(state.options);
  const row = document.createElement('tr');
  row.dataset.id = feature.id;
  row.tabIndex = 0;
  if (feature.id === selectedId) row.setAttribute('aria-current', 'true');
  for (const key of keys) {
    // the name is the row header, so screen readers announce it with every other cell
    const cell = document.createElement(key === 'name' ? 'th' : 'td');
    if (key === 'name') cell.setAttribute('scope', 'row');
    cell.className = `feature-table__${key}`;
    cell.textContent = cellText(feature, key, ctx);
    row.append(cell);
  }
  return row;
}

function update(state: TableState): void {
  const { lang } = state.options;
  const ctx = columnContext(state.options);
  const keys = visibleColumns(ctx);
  state.caption.textContent = translate(lang, 'table.caption', { count: state.features.length });
  syncHeaderCells(state, keys);
  updateHeaders(state);
  const rows = state.sort ? sortFeatures(state.features, state.sort, ctx) : state.features;
  // selecting a row usually re-renders the table: keep keyboard focus on the same feature's row
  const active = document.activeElement;
  const focusedId = active instanceof HTMLElement && state.body.contains(active) ? active.closest('tr')?.dataset.id : undefined;
  state.body.replaceChildren(...rows.map((feature) => buildRow(feature, state, keys)));
  if (focusedId !== undefined) {
    const row = [...state.body.rows].find((candidate) => candidate.dataset.id === focusedId);
    row?.focus();
  }
}

/** Renders (or re-renders) the table of `features` into `container`. */
export function renderFeatureTable(
  container: HTMLElement,
  features: readonly ProjectFeature[],
  options: FeatureTableOptions,
): void {
  let state = states.get(container);
  if (!state) {
    state = createTable(container);
    states.set(container, state);
  }
  state.features = features;
  state.options = options;
  update(state);
}
