// The measurement controls: draw a path or a polygon to measure, or pick two projects for the
// straight-line distance between them. Built per language by the questions panel.
import type { Lang, ProjectFeature } from '../types';
import type { DrawMode, DrawResult } from '../map/draw-tool';
import type { MeasureSpec } from '../questions/question-types';
import { roundPosition } from '../questions/question-types';
import { translate } from '../i18n/translate';
import { el } from './dom';

const name = (p: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? p.name_zh : p.name_en);

export function button(label: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', 'data-testid': testId }, label);
  b.addEventListener('click', onClick);
  return b;
}

function featureSelect(lang: Lang, features: readonly ProjectFeature[], testId: string, labelKey: 'q.from' | 'q.to'): [HTMLLabelElement, HTMLSelectElement] {
  const select = el('select', { 'data-testid': testId });
  select.append(el('option', { value: '' }, translate(lang, 'q.chooseFeature')));
  const sorted = [...features].sort((a, b) => name(a.properties, lang).localeCompare(name(b.properties, lang), lang));
  for (const f of sorted) select.append(el('option', { value: f.id }, name(f.properties, lang)));
  const label = el('label', { class: 'question-field' }, translate(lang, labelKey));
  label.append(select);
  return [label, select];
}

export interface MeasureActions {
  startDrawing(mode: DrawMode, onDone: (result: DrawResult) => void): void;
  onMeasure(measure: MeasureSpec): void;
}

export function buildMeasureGroup(
  lang: Lang,
  features: readonly ProjectFeature[],
  actions: MeasureActions,
): { group: HTMLFieldSetElement; from: HTMLSelectElement; to: HTMLSelectElement } {
  const group = el('fieldset', { class: 'question-group' });
  group.append(el('legend', {}, translate(lang, 'q.measure')));
  const buttons = el('div', { class: 'question-buttons' });
  buttons.append(
    button(translate(lang, 'q.measurePath'), 'q-measure-path', () =>
      actions.startDrawing('path', (r) => r.mode === 'path' && actions.onMeasure({ kind: 'path', path: r.positions.map(roundPosition) })),
    ),
    button(translate(lang, 'q.measureArea'), 'q-measure-area', () =>
      actions.startDrawing('polygon', (r) => r.mode === 'polygon' && actions.onMeasure({ kind: 'polygon', ring: r.positions.map(roundPosition) })),
    ),
  );
  const between = el('div', { class: 'question-between', role: 'group', 'aria-label': translate(lang, 'q.between') });
  const [fromLabel, from] = featureSelect(lang, features, 'q-from', 'q.from');
  const [toLabel, to] = featureSelect(lang, features, 'q-to', 'q.to');
  const onPair = () => {
    if (from.value && to.value && from.value !== to.value) actions.onMeasure({ kind: 'features', from: from.value, to: to.value });
  };
  from.addEventListener('change', onPair);
  to.addEventListener('change', onPair);
  between.append(el('p', {}, translate(lang, 'q.between')), fromLabel, toLabel);
  group.append(buttons, between);
  return { group, from, to };
}
