// The step between reading a table (CSV or XLSX) and importing it: the planner sees which sheet and
// header row were read, what each column was taken for (with example cells) and which coordinate
// system the positions are in, corrects any of it, and then imports. Nothing is saved before.
import type { ImportResult } from '../import/index.ts';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from '../import/column-roles.ts';
import { COORDINATE_SYSTEMS, isCoordinateSystem } from '../import/coordinate-systems.ts';
import type { ImportChoices } from '../import/worker-protocol.ts';
import { cellText, isEmptyCell } from '../import/table.ts';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import type { LocalisedText, Wording } from './localised-text';
import type { Lang } from '../types';
import { buildUnmatchedRows } from './unmatched-rows';

export interface MappingStepOptions {
  file: string;
  result: ImportResult;
  choices: ImportChoices;
  localised: LocalisedText;
  getLang(): Lang;
  /** read the file again with these choices (another sheet or header row) and show the step again */
  reread(choices: ImportChoices): void;
  /** import with these choices */
  confirm(choices: ImportChoices): void;
  cancel(): void;
}

const EXAMPLES = 3;

type Key = Parameters<typeof translate>[1];
const words = (key: Key, params?: Record<string, string | number>): Wording => (lang) => translate(lang, key, params);

export function buildMappingStep(options: MappingStepOptions): HTMLElement {
  const { result, localised } = options;
  const table = result.table;
  const form = el('form', { class: 'import-mapping', 'data-testid': 'import-mapping', 'data-file': options.file });
  if (!table) return form;
  const text = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, wording: Wording) => localised.bind(el(tag, attributes), wording);
  const uid = `mapping-${Math.random().toString(36).slice(2, 8)}`;
  form.append(text('h3', { class: 'import-mapping-title' }, words('mydata.mapping.title', { file: options.file })));

  const settings = el('div', { class: 'import-mapping-settings' });
  if (table.sheets.length > 1) {
    const sheet = el('select', { id: `${uid}-sheet`, 'data-testid': 'import-mapping-sheet' });
    for (const name of table.sheets) sheet.append(el('option', { value: name }, name));
    sheet.value = table.sheet ?? table.sheets[0] ?? '';
    sheet.addEventListener('change', () => options.reread({ crs: currentCrs(), sheet: sheet.value }));
    settings.append(labelled(text('label', { for: sheet.id }, words('mydata.mapping.sheet')), sheet));
  }
  const headerRow = el('input', { id: `${uid}-header`, type: 'number', min: '1', step: '1', value: String(table.headerRow), 'data-testid': 'import-mapping-header-row' });
  headerRow.addEventListener('change', () => {
    const row = Number(headerRow.value);
    if (Number.isInteger(row) && row >= 1) options.reread({ ...sheetChoice(), crs: currentCrs(), headerRow: row });
  });
  settings.append(labelled(text('label', { for: headerRow.id }, words('mydata.mapping.headerRow')), headerRow));
  const crs = el('select', { id: `${uid}-crs`, 'data-testid': 'import-mapping-crs' });
  for (const system of COORDINATE_SYSTEMS) crs.append(text('option', { value: system }, words(`mydata.crs.${system}`)));
  crs.value = options.choices.crs ?? 'wgs84';
  settings.append(labelled(text('label', { for: crs.id }, words('mydata.mapping.crs')), crs));
  form.append(settings);
  const hint = table.crsHint;
  if (hint && crs.value === 'wgs84') {
    const note = text('p', { class: 'import-mapping-hint', 'data-testid': 'import-mapping-crs-hint', id: `${uid}-crs-hint` }, (lang) =>
      translate(lang, `crsHint.${hint.where}`, { evidence: hint.evidence, metres: hint.offsetMetres ?? '', system: translate(lang, `crsHint.${hint.crs}`) }));
    crs.setAttribute('aria-describedby', note.id);
    crs.addEventListener('change', () => note.remove(), { once: true });
    form.append(note);
  }

  const grid = el('table', { class: 'import-mapping-columns' });
  const head = el('tr');
  for (const key of ['mydata.mapping.column', 'mydata.mapping.role', 'mydata.mapping.examples'] as const) head.append(text('th', { scope: 'col' }, words(key)));
  grid.append(el('thead'), el('tbody'));
  grid.tHead?.append(head);
  const roleSelects = new Map<string, HTMLSelectElement>();
  table.headers.forEach((header, i) => {
    const row = el('tr', { 'data-column': header });
    const select = el('select', { 'data-testid': 'import-mapping-role', 'aria-label': header });
    for (const role of COLUMN_ROLES) select.append(text('option', { value: role }, words(`mydata.role.${role}`)));
    select.value = table.mapping[header] ?? 'text';
    roleSelects.set(header, select);
    const examples = table.sample.map((cells) => cells[i] ?? null).filter((cell) => !isEmptyCell(cell)).slice(0, EXAMPLES).map(cellText).join(' · ');
    row.append(el('th', { scope: 'row' }, header), el('td'), el('td', { class: 'import-mapping-examples' }, examples));
    row.children[1]?.append(select);
    grid.tBodies[0]?.append(row);
  });
  form.append(grid);

  const placed = result.placement;
  const summary = (lang: Parameters<Wording>[0]) => {
    const parts = [translate(lang, 'mydata.mapping.rows', { count: table.rowCount })];
    if (placed) parts.push(translate(lang, 'mydata.mapping.placed', { county: placed.county, city: placed.city, unmatched: placed.unmatched.length }));
    if (result.errors.length > 0) parts.push(translate(lang, 'mydata.mapping.problems', { count: result.errors.length }));
    return parts.join(' · ');
  };
  form.append(text('p', { class: 'import-mapping-summary', 'data-testid': 'import-mapping-summary' }, summary));
  const fixes = options.choices.placeFixes ?? {};
  const unmatched = placed && buildUnmatchedRows({
    file: options.file, headers: table.headers, placement: placed, fixes, localised, getLang: options.getLang,
    rematch: (next) => options.reread({ ...chosen(), placeFixes: next }),
  });
  if (unmatched) form.append(unmatched);

  const confirm = text('button', { type: 'submit', class: 'import-offer', 'data-testid': 'import-mapping-confirm' }, words('mydata.mapping.import'));
  const cancel = text('button', { type: 'button', class: 'import-dismiss-text', 'data-testid': 'import-mapping-cancel' }, words('mydata.cancel'));
  form.append(confirm, cancel);
  cancel.addEventListener('click', () => options.cancel());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.confirm({ ...chosen(), ...(Object.keys(fixes).length > 0 ? { placeFixes: fixes } : {}) });
  });

  /** What the form says now: sheet, header row, column roles and coordinate system. */
  function chosen(): ImportChoices {
    const columns: ColumnMapping = {};
    for (const [header, select] of roleSelects) columns[header] = select.value as ColumnRole;
    return { ...sheetChoice(), headerRow: table?.headerRow ?? 1, columns, crs: currentCrs() };
  }

  function currentCrs() {
    return isCoordinateSystem(crs.value) ? crs.value : 'wgs84';
  }
  function sheetChoice(): ImportChoices {
    return table?.sheet === undefined ? {} : { sheet: table.sheet };
  }
  return form;
}

function labelled(label: HTMLElement, control: HTMLElement): HTMLElement {
  const wrap = el('div', { class: 'import-mapping-field' });
  wrap.append(label, control);
  return wrap;
}
