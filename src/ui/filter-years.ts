// The year range: a switch, then two number inputs (from, to) bounded by the data's years. A change
// is committed on "change" (Enter, blur or the spinner), not on every keystroke, so history gets one
// entry per decision. Features whose year is unknown are only shown without a range; the note says so.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { el } from './dom';

export interface YearFilter {
  element: HTMLFieldSetElement;
  update(years: readonly [number, number] | null, lang: Lang): void;
}

export function createYearFilter(bounds: [number, number], unknownCount: number, onChange: (years: [number, number] | null) => void): YearFilter {
  const element = el('fieldset', { class: 'filter-group filter-years', 'data-testid': 'filter-years' });
  const legend = el('legend');
  const toggle = el('input', { type: 'checkbox', 'data-testid': 'filter-years-on' });
  const toggleText = el('span');
  const toggleLabel = el('label', { class: 'filter-option' });
  toggleLabel.append(toggle, toggleText);
  const number = (testid: string) =>
    el('input', { type: 'number', min: String(bounds[0]), max: String(bounds[1]), step: '1', 'data-testid': testid, class: 'filter-year' });
  const from = number('filter-year-from');
  const to = number('filter-year-to');
  const fromText = el('span');
  const toText = el('span');
  const fromLabel = el('label', { class: 'filter-year-label' });
  const toLabel = el('label', { class: 'filter-year-label' });
  fromLabel.append(fromText, from);
  toLabel.append(toText, to);
  const note = el('p', { class: 'filter-note', 'data-testid': 'filter-years-note' });
  element.append(legend, toggleLabel, fromLabel, toLabel, note);

  const clamp = (value: number) => Math.min(bounds[1], Math.max(bounds[0], Math.round(value)));
  const commit = () => {
    if (!toggle.checked) return onChange(null);
    const a = clamp(Number(from.value || bounds[0]));
    const b = clamp(Number(to.value || bounds[1]));
    onChange(a <= b ? [a, b] : [b, a]);
  };
  toggle.addEventListener('change', commit);
  from.addEventListener('change', commit);
  to.addEventListener('change', commit);

  return {
    element,
    update(years, lang) {
      legend.textContent = translate(lang, 'filters.years');
      toggleText.textContent = translate(lang, 'filters.yearsOn');
      fromText.textContent = translate(lang, 'filters.yearFrom');
      toText.textContent = translate(lang, 'filters.yearTo');
      toggle.checked = years !== null;
      from.disabled = to.disabled = years === null;
      // do not overwrite what the user is typing
      if (document.activeElement !== from) from.value = String(years?.[0] ?? bounds[0]);
      if (document.activeElement !== to) to.value = String(years?.[1] ?? bounds[1]);
      note.textContent = translate(lang, years === null ? 'filters.yearUnknownAll' : 'filters.yearUnknownNote', { count: unknownCount });
    },
  };
}
