// The prefecture-level multi-select: 59 checkboxes with a search box that narrows the list by
// Chinese or English name or by code.
import type { Lang } from '../types';
import { translate, localName } from '../i18n/translate';
import { el } from './dom';

export interface PrefectureOption {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export interface PrefectureFilter {
  element: HTMLFieldSetElement;
  update(selected: readonly string[], lang: Lang): void;
  /** empties the search text and shows every prefecture again (Reset all) */
  clearSearch(): void;
}

export function createPrefectureFilter(options: readonly PrefectureOption[], onToggle: (adcode: string, on: boolean) => void): PrefectureFilter {
  const element = el('fieldset', { class: 'filter-group filter-prefectures', 'data-testid': 'filter-city' });
  const legend = el('legend');
  const search = el('input', { type: 'search', class: 'filter-search', 'data-testid': 'filter-city-search' });
  const list = el('div', { class: 'filter-scroll' });
  element.append(legend, search, list);
  const rows = options.map((option) => {
    const box = el('input', { type: 'checkbox', 'data-testid': `filter-city-${option.adcode}`, value: option.adcode });
    const text = el('span');
    const label = el('label', { class: 'filter-option' });
    label.append(box, text);
    list.append(label);
    box.addEventListener('change', () => onToggle(option.adcode, box.checked));
    return { option, box, text, label };
  });
  const narrow = () => {
    const query = search.value.trim().toLowerCase();
    for (const row of rows) {
      const { adcode, name_zh, name_en } = row.option;
      const match = query === '' || name_zh.includes(query) || name_en.toLowerCase().includes(query) || adcode.startsWith(query);
      row.label.hidden = !match;
    }
  };
  search.addEventListener('input', narrow);
  return {
    element,
    clearSearch() {
      search.value = '';
      narrow();
    },
    update(selected, lang) {
      legend.textContent = translate(lang, 'filters.prefecture');
      search.placeholder = translate(lang, 'filters.prefectureSearch');
      search.setAttribute('aria-label', translate(lang, 'filters.prefectureSearch'));
      for (const row of rows) {
        row.box.checked = selected.includes(row.option.adcode);
        row.text.textContent = localName(row.option, lang);
      }
    },
  };
}
