// "Colour units by a table" in My data: choose a CSV, check how it joined, pick the column, the
// classes and the palette. The table is kept in IndexedDB, the colouring in the URL (ch=…); the
// computed model goes to choroplethState, which the map, legend, details and export read.
import type { Lang } from '../types.ts';
import type { Store } from '../state/store.ts';
import type { AppState } from '../state/app-state.ts';
import type { StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/translate.ts';
import { el } from '../ui/dom.ts';
import { lazyPart, loadWithFeedback } from '../ui/lazy-part.ts';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, parseManualBreaks } from '../style/class-methods.ts';
import { DEFAULT_PALETTE, PALETTE_NAMES, isPaletteName, paletteKind } from '../style/palette-names.ts';
import type { JoinLevel } from '../join/table.ts';
import type { ChoroplethSpec } from './choropleth-spec.ts';
import { choroplethState } from './choropleth-state.ts';
import { renderReport } from './choropleth-report.ts';
import '../styles/choropleth.css';
import { idbTableStore, newTableId, type StoredTable, type TableStore } from './table-store.ts';
import type { DivisionSource } from './choropleth-engine.ts';
import { mountChoroplethDownloads } from './choropleth-download-buttons.ts';

export interface ChoroplethPanelOptions {
  container: HTMLElement;
  store: Store;
  divisions: DivisionSource;
  unitName(adcode: string): string;
  report(message: string): void;
  tables?: TableStore;
}

function select(testid: string, labelKey: StringKey): { wrap: HTMLLabelElement; input: HTMLSelectElement; label: HTMLSpanElement } {
  const wrap = el('label', { class: 'choro-field' });
  const label = el('span', { class: 'choro-field-label' });
  const input = el('select', { 'data-testid': testid });
  wrap.append(label, input);
  wrap.dataset.key = labelKey;
  return { wrap, input, label };
}

function fill(input: HTMLSelectElement, options: [string, string][], value: string): void {
  input.replaceChildren(...options.map(([v, text]) => el('option', { value: v }, text)));
  input.value = value;
}

export function mountChoroplethPanel(options: ChoroplethPanelOptions): { applyLang(): void; teardown(): void } {
  const { store } = options;
  const tables = options.tables ?? idbTableStore();
  const engine = lazyPart(() => import('./choropleth-engine.ts'));
  const lang = (): Lang => store.getState().lang;
  const section = el('section', { class: 'panel choro-panel', 'data-testid': 'choro-panel', 'aria-labelledby': 'choro-heading' });
  const heading = el('h2', { class: 'panel-heading', id: 'choro-heading' });
  const help = el('p', { class: 'user-layers-help', id: 'choro-help' });
  const picker = el('input', { type: 'file', accept: '.csv,.txt,.tsv', id: 'choro-file', class: 'user-layers-file', 'data-testid': 'choro-file', 'aria-describedby': 'choro-help' });
  const pickerLabel = el('label', { for: 'choro-file', class: 'user-layers-choose' });
  const alerts = el('div', { class: 'user-layers-alerts', role: 'alert', 'data-testid': 'choro-alerts' });
  const controls = el('div', { class: 'choro-controls', 'data-testid': 'choro-controls' });
  const fields = {
    level: select('choro-level', 'choro.level'),
    key: select('choro-key', 'choro.key'),
    parent: select('choro-parent', 'choro.parent'),
    value: select('choro-value', 'choro.value'),
    method: select('choro-method', 'choro.method'),
    classes: select('choro-classes', 'choro.classes'),
    palette: select('choro-palette', 'choro.palette'),
  };
  const breaksWrap = el('label', { class: 'choro-field' });
  const breaksLabel = el('span', { class: 'choro-field-label' });
  const breaks = el('input', { type: 'text', 'data-testid': 'choro-breaks', inputmode: 'decimal' });
  breaksWrap.append(breaksLabel, breaks);
  const remove = el('button', { type: 'button', class: 'choro-remove', 'data-testid': 'choro-remove' });
  const downloads = mountChoroplethDownloads({ divisions: options.divisions, lang, engine: () => loadEngine() });
  const report = el('div', { class: 'choro-report', 'data-testid': 'choro-report', 'aria-live': 'polite' });
  controls.append(...Object.values(fields).map((f) => f.wrap), breaksWrap, downloads.element, remove);
  section.append(heading, help, pickerLabel, picker, alerts, controls, report);
  options.container.append(section);

  let stored: StoredTable | null = null;
  /** coloured from the values the link carries (chv=…), the table itself not being in this browser */
  let fromLink = false;
  let valueColumns: string[] = [];
  let computing = 0;

  const dispatch = (patch: Partial<ChoroplethSpec> | null) => {
    const spec = store.getState().choropleth;
    store.dispatch({ choropleth: patch === null || spec === null ? null : { ...spec, ...patch } });
  };
  const loadEngine = () => loadWithFeedback(engine, { lang, part: 'lazy.part.import', anchor: alerts });
  const fail = (message: string) => alerts.replaceChildren(el('p', { class: 'import-problem' }, message));

  async function recompute(): Promise<void> {
    const spec = store.getState().choropleth;
    const token = ++computing;
    fromLink = false;
    if (spec === null) {
      stored = null;
      choroplethState.set(null);
      return render();
    }
    if (stored?.id !== spec.table) {
      const found = await tables.get(spec.table).catch(() => undefined);
      if (token !== computing) return;
      if (!found) {
        const carried = store.getState().choroplethValues;
        if (carried !== null) return colourFromLink(spec, carried, token);
        options.report(translate(lang(), 'choro.missingTable', { id: spec.table }));
        stored = null;
        choroplethState.set(null);
        return render();
      }
      stored = found;
    }
    const ready = await loadEngine();
    if (!ready || token !== computing || stored === null) return;
    valueColumns = ready.numericColumns(stored.table, [stored.key, ...(stored.parent ? [stored.parent] : [])]);
    const model = await ready.modelFor(stored, spec, options.divisions);
    if (token !== computing) return;
    choroplethState.set(model);
    render();
  }

  // A link from an embed (or its "Open the full map") carries the joined values: colour from them as
  // the embed does, and let the reader change the classes and palette, not the join or the column.
  async function colourFromLink(spec: ChoroplethSpec, carried: NonNullable<AppState['choroplethValues']>, token: number): Promise<void> {
    stored = null;
    const [{ modelFromValues }, units] = await Promise.all([
      import('./choropleth-model.ts'),
      carried.level === 'county' ? options.divisions.loadCounties() : Promise.resolve(options.divisions.prefectures),
    ]);
    if (token !== computing) return;
    fromLink = true;
    choroplethState.set(modelFromValues(spec, carried.level, carried.values, units.features.map((unit) => unit.properties.adcode)));
    render();
  }

  async function importTable(file: File): Promise<void> {
    alerts.replaceChildren();
    const ready = await loadEngine();
    if (!ready) return;
    try {
      const table = await ready.readTableFile(file);
      if (table.rows.length === 0) return fail(translate(lang(), 'choro.noRows', { file: file.name }));
      const best = await ready.chooseJoin(table, options.divisions);
      const value = best.values[0];
      if (value === undefined) return fail(translate(lang(), 'choro.noNumbers', { file: file.name }));
      const record: StoredTable = { id: newTableId(), name: file.name, table, level: best.level, key: best.key, ...(best.parent ? { parent: best.parent } : {}), createdAt: new Date().toISOString() };
      await tables.put(record);
      stored = record;
      store.dispatch({ choroplethValues: null, choropleth: { table: record.id, value, method: 'quantile', classes: 5, palette: DEFAULT_PALETTE, breaks: [] } });
    } catch (error) {
      fail(translate(lang(), 'choro.readFailed', { file: file.name, reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  async function changeJoin(change: Partial<Pick<StoredTable, 'level' | 'key' | 'parent'>>): Promise<void> {
    if (stored === null) return;
    const next: StoredTable = { ...stored, ...change };
    if (next.parent === undefined || next.parent === '') delete next.parent;
    await tables.put(next);
    stored = next;
    await recompute();
  }

  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void importTable(file);
  });
  fields.level.input.addEventListener('change', () => void changeJoin({ level: fields.level.input.value as JoinLevel }));
  fields.key.input.addEventListener('change', () => void changeJoin({ key: fields.key.input.value }));
  fields.parent.input.addEventListener('change', () => void changeJoin({ parent: fields.parent.input.value }));
  fields.value.input.addEventListener('change', () => dispatch({ value: fields.value.input.value }));
  fields.method.input.addEventListener('change', () => {
    const method = fields.method.input.value as ChoroplethSpec['method'];
    const model = choroplethState.get();
    // Manual breaks start from the breaks shown now, so the planner edits rather than types them all.
    const inner = model ? model.breaks.slice(1, -1).map((b) => Math.round(b * 100) / 100) : [];
    dispatch(method === 'manual' ? { method, breaks: inner.length > 0 ? inner : [0] } : { method, breaks: [] });
  });
  fields.classes.input.addEventListener('change', () => dispatch({ classes: Number(fields.classes.input.value) }));
  fields.palette.input.addEventListener('change', () => {
    if (isPaletteName(fields.palette.input.value)) dispatch({ palette: fields.palette.input.value });
  });
  breaks.addEventListener('change', () => {
    const parsed = parseManualBreaks(breaks.value);
    if (parsed === undefined || parsed.length === 0) return fail(translate(lang(), 'choro.breaksInvalid', { value: breaks.value }));
    alerts.replaceChildren();
    dispatch({ breaks: parsed });
  });
  remove.addEventListener('click', () => {
    const id = stored?.id;
    store.dispatch({ choropleth: null, choroplethValues: null });
    if (id) void tables.remove(id);
  });

  function render(): void {
    const l = lang();
    heading.textContent = translate(l, 'choro.title');
    help.textContent = translate(l, 'choro.help');
    pickerLabel.textContent = translate(l, 'choro.choose');
    remove.textContent = translate(l, 'choro.remove');
    downloads.applyLang();
    breaksLabel.textContent = translate(l, 'choro.breaks');
    for (const f of Object.values(fields)) f.label.textContent = translate(l, f.wrap.dataset.key as StringKey);
    const spec = store.getState().choropleth;
    const model = choroplethState.get();
    controls.hidden = spec === null || (stored === null && !fromLink);
    for (const part of [fields.level.wrap, fields.key.wrap, fields.parent.wrap, downloads.element]) part.hidden = fromLink;
    if (spec !== null && fromLink) fillClassing(l, spec, [spec.value]);
    if (spec !== null && stored !== null) {
      const none: [string, string] = ['', translate(l, 'choro.none')];
      fill(fields.level.input, (['prefecture', 'county'] as const).map((v) => [v, translate(l, `choro.level.${v}`)]), stored.level);
      fill(fields.key.input, stored.table.columns.map((c) => [c, c]), stored.key);
      fill(fields.parent.input, [none, ...stored.table.columns.map((c): [string, string] => [c, c])], stored.parent ?? '');
      fields.parent.wrap.hidden = stored.level !== 'county';
      fillClassing(l, spec, valueColumns.includes(spec.value) ? valueColumns : [spec.value, ...valueColumns]);
    }
    if (fromLink && model !== null) {
      report.hidden = false;
      report.replaceChildren(el('p', { 'data-testid': 'choro-from-link' }, translate(l, 'choro.fromLink', { count: model.values.size, column: model.spec.value })));
    } else renderReport(report, spec === null ? null : model, l, options.unitName);
  }

  function fillClassing(l: Lang, spec: ChoroplethSpec, columns: string[]): void {
    fill(fields.value.input, columns.map((c) => [c, c]), spec.value);
    fill(fields.method.input, CLASS_METHODS.map((m) => [m, translate(l, `choro.method.${m}`)]), spec.method);
    fill(fields.classes.input, Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => String(i + MIN_CLASSES)).map((k) => [k, k]), String(spec.classes));
    fields.classes.wrap.hidden = spec.method === 'manual';
    fill(fields.palette.input, PALETTE_NAMES.map((p) => [p, `${p} (${translate(l, `choro.palette.${paletteKind(p)}`)})`]), spec.palette);
    breaksWrap.hidden = spec.method !== 'manual';
    if (document.activeElement !== breaks) breaks.value = spec.breaks.join(', ');
  }

  let shownSpec = store.getState().choropleth;
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.choropleth !== shownSpec) {
      shownSpec = next.choropleth;
      void recompute();
    } else if (next.lang !== previous.lang) render();
  });
  render();
  if (shownSpec !== null) void recompute();
  return { applyLang: render, teardown: unsubscribe };
}
