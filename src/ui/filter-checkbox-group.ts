// A fieldset of checkboxes for one set-valued filter. Built once; update() sets checked states and
// words, so focus stays on the box the user just toggled.
import type { Lang } from '../types';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { el } from './dom';

export interface CheckboxGroupOptions<T extends string> {
  /** data-testid of the fieldset; each box gets `${testid}-${value}` */
  testid: string;
  legendKey: StringKey;
  values: readonly T[];
  label(value: T, lang: Lang): string;
  onToggle(value: T, on: boolean): void;
}

export interface CheckboxGroup<T extends string> {
  element: HTMLFieldSetElement;
  update(selected: readonly T[], lang: Lang): void;
}

export function createCheckboxGroup<T extends string>(options: CheckboxGroupOptions<T>): CheckboxGroup<T> {
  const element = el('fieldset', { class: 'filter-group', 'data-testid': options.testid });
  const legend = el('legend');
  element.append(legend);
  const rows = options.values.map((value) => {
    const box = el('input', { type: 'checkbox', 'data-testid': `${options.testid}-${value}`, value });
    const text = el('span');
    const label = el('label', { class: 'filter-option' });
    label.append(box, text);
    element.append(label);
    box.addEventListener('change', () => options.onToggle(value, box.checked));
    return { value, box, text };
  });
  return {
    element,
    update(selected, lang) {
      legend.textContent = translate(lang, options.legendKey);
      for (const row of rows) {
        row.box.checked = selected.includes(row.value);
        row.text.textContent = options.label(row.value, lang);
      }
    },
  };
}
