// The join report as DOM: how many rows matched and by which key, then every row that did not,
// with its spreadsheet row number and the nearest units. Text only (the keys are the planner's data).
import type { Lang } from '../types.ts';
import { translate } from '../i18n/translate.ts';
import { el } from '../ui/dom.ts';
import type { ChoroplethModel } from './choropleth-model.ts';

export function renderReport(target: HTMLElement, model: ChoroplethModel | null, lang: Lang, unitName: (adcode: string) => string): void {
  target.hidden = model === null;
  if (model === null) return target.replaceChildren();
  const { matched, unmatched } = model.report;
  const summary = el('p', { class: 'choro-report-summary', 'data-testid': 'choro-report-summary' }, translate(lang, 'choro.report', { matched: matched.length, total: matched.length + unmatched.length }));
  const byCount = new Map<string, number>();
  for (const row of matched) byCount.set(row.by, (byCount.get(row.by) ?? 0) + 1);
  const separator = lang === 'zh' ? '，' : ', ';
  const byList = [...byCount].map(([by, count]) => `${translate(lang, `choro.by.${by}` as Parameters<typeof translate>[1])} ${count}`).join(separator);
  const by = el('p', { class: 'choro-report-by' }, translate(lang, 'choro.byList', { list: byList }));
  const children: HTMLElement[] = [summary, by];
  if (unmatched.length > 0) {
    children.push(el('h4', { class: 'choro-report-heading' }, translate(lang, 'choro.unmatchedTitle')));
    const list = el('ul', { class: 'choro-unmatched', 'data-testid': 'choro-unmatched' });
    for (const row of unmatched) {
      const reason = translate(lang, `choro.reason.${row.reason}`, { key: row.key, other: row.duplicateOf ?? '' });
      const candidates = row.candidates.length > 0 && row.reason !== 'duplicate' ? ` — ${translate(lang, 'choro.candidates', { list: row.candidates.map(unitName).join(separator) })}` : '';
      list.append(el('li', { 'data-row': String(row.n) }, `${translate(lang, 'choro.row', { n: row.n })}${lang === 'zh' ? '：' : ': '}${reason}${candidates}`));
    }
    children.push(list);
  }
  for (const bad of model.badCells) {
    children.push(el('p', { class: 'choro-bad-cell' }, translate(lang, 'choro.badCell', { n: bad.n, column: bad.column, cell: bad.cell })));
  }
  target.replaceChildren(...children);
}
