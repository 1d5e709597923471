// In the mapping step, the rows placing by name could not place (or left at their city because the
// county did not match): for each, a choice of the nearest divisions or a place name typed in, and
// "Match again" re-reads the table with those corrections. The rows can also be downloaded as CSV to
// fix in the spreadsheet. The planner's cells are shown as text and never changed.
import type { Lang } from '../types';
import type { PlacementReport, UnmatchedRow } from '../import/placement-report.ts';
import type { PlaceFixes } from '../import/import-result.ts';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { CSV_MIME, triggerDownload } from '../download/trigger-download';
import { layerNameFromFile } from '../import/detect-format.ts';
import { unmatchedRowsCsv } from './unmatched-csv';
import type { LocalisedText, Wording } from './localised-text';

/** Rows listed for fixing in place; the rest are in the download. */
const LISTED = 20;

export interface UnmatchedRowsOptions {
  file: string;
  headers: readonly string[];
  placement: PlacementReport;
  /** the corrections already made (kept in the choices of the re-read) */
  fixes: PlaceFixes;
  localised: LocalisedText;
  getLang(): Lang;
  rematch(fixes: PlaceFixes): void;
}

type Key = Parameters<typeof translate>[1];
const words = (key: Key, params?: Record<string, string | number>): Wording => (lang) => translate(lang, key, params);

export function buildUnmatchedRows(options: UnmatchedRowsOptions): HTMLElement | undefined {
  const { placement, localised } = options;
  const rows = [...placement.unmatched, ...placement.countyUnmatched].sort((a, b) => a.n - b.n);
  if (rows.length === 0) return undefined;
  const text = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, wording: Wording) => localised.bind(el(tag, attributes), wording);
  const section = el('section', { class: 'import-unmatched', 'data-testid': 'import-unmatched' });
  section.append(text('h4', {}, words('unmatched.title', { count: rows.length })), text('p', { class: 'import-unmatched-help' }, words('unmatched.help')));
  const list = el('ol', { class: 'import-unmatched-list' });
  const controls = new Map<number, { select: HTMLSelectElement; input: HTMLInputElement }>();
  for (const row of rows.slice(0, LISTED)) {
    const { item, select, input } = rowItem(row, text, localised);
    controls.set(row.n, { select, input });
    list.append(item);
  }
  section.append(list);
  if (rows.length > LISTED) section.append(text('p', {}, words('unmatched.more', { count: rows.length - LISTED })));

  const apply = text('button', { type: 'button', class: 'import-offer', 'data-testid': 'import-unmatched-apply' }, words('unmatched.apply'));
  apply.addEventListener('click', () => {
    const fixes: PlaceFixes = { ...options.fixes };
    for (const [n, { select, input }] of controls) {
      const typed = input.value.trim();
      const fix = typed !== '' ? typed : select.value;
      if (fix !== '') fixes[String(n)] = fix;
    }
    options.rematch(fixes);
  });
  const download = text('button', { type: 'button', class: 'import-dismiss-text', 'data-testid': 'import-unmatched-download' }, words('unmatched.download'));
  download.addEventListener('click', () => {
    const csv = unmatchedRowsCsv(options.headers, rows, options.getLang());
    triggerDownload(`${layerNameFromFile(options.file) || 'layer'}-unmatched.csv`, new Blob([csv], { type: CSV_MIME }));
  });
  section.append(apply, download);
  return section;
}

function rowItem(
  row: UnmatchedRow,
  text: <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, wording: Wording) => HTMLElementTagNameMap[K],
  localised: LocalisedText,
) {
  const item = el('li', { 'data-row': String(row.n) });
  const head = el('p', { class: 'import-unmatched-row' });
  head.append(text('strong', {}, words('unmatched.row', { n: row.n })), ' ');
  if (row.text !== '') head.append(el('q', {}, row.text), ' ');
  head.append(text('span', { class: 'import-unmatched-reason' }, words(`unmatched.reason.${row.reason}`)));
  const select = el('select', { 'data-testid': 'import-unmatched-choice' });
  localised.bind(select, (lang) => `${translate(lang, 'unmatched.row', { n: row.n })}: ${translate(lang, 'unmatched.choose')}`, 'aria-label');
  select.append(text('option', { value: '' }, words('unmatched.keep')));
  for (const unit of row.candidates) {
    select.append(localised.bind(el('option', { value: unit.adcode }), (lang) => (lang === 'zh' ? unit.name_zh : `${unit.name_en} (${unit.name_zh})`)));
  }
  const input = el('input', { type: 'text', 'data-testid': 'import-unmatched-name', autocomplete: 'off' });
  localised.bind(input, words('unmatched.type'), 'placeholder');
  localised.bind(input, (lang) => `${translate(lang, 'unmatched.row', { n: row.n })}: ${translate(lang, 'unmatched.type')}`, 'aria-label');
  const choose = el('div', { class: 'import-unmatched-fix' });
  choose.append(select, input);
  item.append(head, choose);
  return { item, select, input };
}
