// The reader's choice above the by-place chart: Chongqing's districts and counties as bars of their
// own (beside Sichuan's prefectures, the same level) or Chongqing as one bar. Two radio buttons in a
// fieldset, built once and updated in place; the choice itself lives in the state (cq=one).
import type { Lang } from '../types.ts';
import type { ChongqingBars } from '../state/chart-options.ts';
import { chartStrings } from '../i18n/domain-labels.ts';

let nextId = 0;

export function renderPlaceChoice(container: HTMLElement, lang: Lang, value: ChongqingBars, onChange?: (value: ChongqingBars) => void): void {
  const strings = chartStrings(lang);
  let fieldset = container.querySelector<HTMLFieldSetElement>('fieldset.chart-choice');
  if (!fieldset) {
    const name = `chart-chongqing-${(nextId += 1)}`;
    fieldset = document.createElement('fieldset');
    fieldset.className = 'chart-choice';
    fieldset.dataset.testid = 'chart-chongqing';
    fieldset.append(document.createElement('legend'));
    for (const option of ['districts', 'one'] as const) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = option;
      label.append(input, document.createElement('span'));
      fieldset.append(label);
    }
    // under the chart's title, so the title still says first what the chart is
    const title = container.querySelector('figcaption');
    if (title) title.after(fieldset);
    else container.prepend(fieldset);
  }
  // the handler is replaced on every render so it always dispatches through the current callback
  fieldset.onchange = (event) => {
    const input = event.target as HTMLInputElement;
    if (input.checked) onChange?.(input.value as ChongqingBars);
  };
  (fieldset.querySelector('legend') as HTMLLegendElement).textContent = strings.chongqingChoice;
  for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = input.value === value;
    const text = input.nextElementSibling as HTMLSpanElement;
    text.textContent = input.value === 'one' ? strings.chongqingAsOne : strings.chongqingAsDistricts;
  }
}
