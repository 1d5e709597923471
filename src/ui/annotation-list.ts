// The list of the planner's marks under the Annotate tool: one row per mark with its own Delete
// button (and Edit for a note's text), the count against the limit and "Clear all". A row's words are
// a button that shows the mark on the map (a view change in the state, as a pan is). Every change is a state patch, so the map,
// the permalink and the export follow. Note texts are data: textContent only.
import type { Lang } from '../types';
import { annotationText as translate } from '../i18n/annotation-text';
import { MAX_ANNOTATIONS, type Annotation } from '../annotations/annotation';
import { distanceKm, removeAnnotation } from '../annotations/annotation-edit';
import type { Store } from '../state/store';
import { formatNumber } from '../i18n/number-format';
import { el } from './dom';

// a tenth of a km under 10 km, whole km above: as precise as a mark drawn by hand
const km = (value: number, lang: Lang) => formatNumber(value, lang, value < 10 ? 1 : 0);

/** A mark in words, for its row, its Delete button's name and the messages. */
export function describeAnnotation(mark: Annotation, lang: Lang): string {
  switch (mark.kind) {
    case 'note':
      return translate(lang, 'annotate.item.note', { text: mark.text });
    case 'arrow':
      return translate(lang, 'annotate.item.arrow', { km: km(distanceKm(mark.from, mark.to), lang) });
    case 'circle':
      return translate(lang, 'annotate.item.circle', { km: km(mark.radiusKm, lang) });
    case 'area':
      return translate(lang, 'annotate.item.area', { count: mark.ring.length });
  }
}

export interface AnnotationList {
  element: HTMLElement;
  render(): void;
}

export interface ListActions {
  /** opens the note at this index for its text to be changed */
  edit(index: number): void;
  /** moves the map to the mark at this index */
  show(index: number): void;
}

/** `say` shows a short message (what was deleted, what was cleared) beside the tool. */
export function createAnnotationList(store: Store, say: (message: string) => void, actions: ListActions): AnnotationList {
  const element = el('div', { class: 'annotation-list' });
  const heading = el('h3', { class: 'annotation-list__title', id: 'annotation-list-title' });
  const title = el('span');
  const count = el('span', { class: 'annotation-list__count', 'data-testid': 'annotation-count' });
  const list = el('ol', { class: 'annotation-list__items', 'aria-labelledby': 'annotation-list-title', 'data-testid': 'annotation-list' });
  const empty = el('p', { class: 'annotation-list__empty' });
  const clearAll = el('button', { type: 'button', class: 'annotation-list__clear', 'data-testid': 'annotation-clear' });
  heading.append(title, ' ', count);
  element.append(heading, empty, list, clearAll);

  const lang = () => store.getState().lang;
  clearAll.addEventListener('click', () => {
    const removed = store.getState().annotations.length;
    if (removed === 0) return;
    store.dispatch({ annotations: [] });
    say(translate(lang(), 'annotate.cleared', { count: removed }));
  });

  function remove(index: number): void {
    const marks = store.getState().annotations;
    const mark = marks[index];
    if (!mark) return;
    store.dispatch({ annotations: removeAnnotation(marks, index) });
    say(translate(lang(), 'annotate.deleted', { item: describeAnnotation(mark, lang()) }));
    // keep the keyboard in the list: the next row's Delete, else the previous one's, else Clear all
    const buttons = list.querySelectorAll<HTMLButtonElement>('.annotation-list__delete');
    (buttons[Math.min(index, buttons.length - 1)] ?? clearAll).focus();
  }

  function render(): void {
    const current = lang();
    const marks = store.getState().annotations;
    title.textContent = translate(current, 'annotate.list');
    count.textContent = translate(current, 'annotate.count', { count: marks.length, max: MAX_ANNOTATIONS });
    empty.textContent = translate(current, 'annotate.empty');
    empty.hidden = marks.length > 0;
    clearAll.textContent = translate(current, 'annotate.clearAll');
    clearAll.disabled = marks.length === 0;
    list.replaceChildren(
      ...marks.map((mark, index) => {
        const words = describeAnnotation(mark, current);
        const row = el('li', { class: `annotation-list__item annotation-list__item--${mark.kind}`, 'data-testid': 'annotation-item', 'data-kind': mark.kind });
        const label = el('button', { type: 'button', class: 'annotation-list__label', 'aria-label': translate(current, 'annotate.showLabel', { item: words }), 'data-testid': 'annotation-show' }, words);
        label.addEventListener('click', () => actions.show(index));
        row.append(label);
        if (mark.kind === 'note') {
          const edit = el('button', { type: 'button', class: 'annotation-list__edit', 'aria-label': translate(current, 'annotate.editLabel', { item: words }), 'data-testid': 'annotation-edit' }, translate(current, 'annotate.edit'));
          edit.addEventListener('click', () => actions.edit(index));
          row.append(edit);
        }
        const remover = el('button', { type: 'button', class: 'annotation-list__delete', 'aria-label': translate(current, 'annotate.deleteLabel', { item: words }), 'data-testid': 'annotation-delete' }, translate(current, 'annotate.delete'));
        remover.addEventListener('click', () => remove(index));
        row.append(remover);
        return row;
      }),
    );
  }

  render();
  return { element, render };
}
