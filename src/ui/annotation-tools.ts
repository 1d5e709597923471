// The ways to add a mark, in the Annotate card: one button per kind (a mode, aria-pressed), the
// mode's instructions, "Place a point at the map centre" (keyboard and screen-reader users), "Finish
// area", "Cancel", and the form where a placed note's text is typed. A note's text is checked here
// (empty, too long, control characters) with a message naming what is wrong; the count limit is
// checked before a mode starts and again when a mark is added. The same form changes a placed note's
// text (editNote, from the list). A mark being drawn, a note waiting for its text and a mark just
// added are kept clear of the card (`keepClear`, which does nothing where the card is not a sheet).
import type { Lang } from '../types';
import { annotationText, type AnnotationKey } from '../i18n/annotation-text';
import { annotationExtent, MAX_ANNOTATIONS, MAX_AREA_CORNERS, MAX_NOTE_CHARS, type Annotation, type AnnotationKind, type LonLat } from '../annotations/annotation';
import { addAnnotation, checkNoteText, circleFromDrag, replaceNoteText } from '../annotations/annotation-edit';
import type { Store } from '../state/store';
import type { AnnotationDraw, DrawnMark } from '../map/annotation-draw';
import { el } from './dom';
import { describeAnnotation } from './annotation-list';

const KINDS: readonly AnnotationKind[] = ['note', 'arrow', 'circle', 'area'];

export interface AnnotationTools {
  element: HTMLElement;
  /** the drawing layer's events, wired by the mount */
  onDrawn(mark: DrawnMark): void;
  onProgress(kind: AnnotationKind, points: number): void;
  onCancelled(): void;
  onTooFewCorners(): void;
  render(): void;
  /** ends any mode and closes the note form */
  reset(): void;
  /** opens the form on the text of the note at `index` */
  editNote(index: number): void;
}

export interface ToolPlace {
  /** keeps these points clear of the card, once it has laid out */
  keepClear(extent: readonly LonLat[]): void;
  /** shows the whole card (the form must be seen) */
  unfold(): void;
}

export function createAnnotationTools(store: Store, draw: () => AnnotationDraw, say: (message: string) => void, place: ToolPlace): AnnotationTools {
  const lang = (): Lang => store.getState().lang;
  const t = (key: AnnotationKey, params: Record<string, string | number> = {}) => annotationText(lang(), key, params);
  const element = el('div', { class: 'annotation-tools' });
  const kinds = el('fieldset', { class: 'annotation-kinds' });
  const legend = el('legend');
  kinds.append(legend);
  const kindButtons = new Map<AnnotationKind, HTMLButtonElement>();
  for (const kind of KINDS) {
    const button = el('button', { type: 'button', class: 'annotation-kind', 'aria-pressed': 'false', 'data-testid': `annotate-${kind}` });
    button.addEventListener('click', () => (draw().active() === kind ? draw().cancel() : startMode(kind)));
    kindButtons.set(kind, button);
    kinds.append(button);
  }
  const hint = el('p', { class: 'annotation-tools__hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'annotation-hint' });
  const actions = el('div', { class: 'annotation-tools__actions' });
  const atCentre = el('button', { type: 'button', class: 'annotation-tools__action', 'data-testid': 'annotate-at-centre' });
  const finish = el('button', { type: 'button', class: 'annotation-tools__action', 'data-testid': 'annotate-finish' });
  const cancel = el('button', { type: 'button', class: 'annotation-tools__action', 'data-testid': 'annotate-cancel' });
  actions.append(atCentre, finish, cancel);
  atCentre.addEventListener('click', () => draw().placeAtCentre());
  finish.addEventListener('click', () => draw().finish());
  cancel.addEventListener('click', () => draw().cancel());

  const form = el('form', { class: 'annotation-note-form', 'data-testid': 'annotation-note-form' });
  const label = el('label', { for: 'annotation-note-text' });
  const input = el('input', { type: 'text', id: 'annotation-note-text', autocomplete: 'off', 'aria-describedby': 'annotation-note-count', 'data-testid': 'annotation-note-text' });
  const count = el('span', { class: 'annotation-note-form__count', id: 'annotation-note-count' });
  const formButtons = el('div', { class: 'annotation-note-form__buttons' });
  const save = el('button', { type: 'submit', 'data-testid': 'annotation-note-save' });
  const formCancel = el('button', { type: 'button', 'data-testid': 'annotation-note-cancel' });
  formButtons.append(save, formCancel);
  form.append(label, input, count, formButtons);
  element.append(kinds, hint, actions, form);
  let noteAt: LonLat | null = null;
  /** the note whose text the form changes; null: the form adds a new note at noteAt */
  let editing: number | null = null;
  let progress: { kind: AnnotationKind; points: number } | null = null;

  function startMode(kind: AnnotationKind): void {
    closeForm();
    if (store.getState().annotations.length >= MAX_ANNOTATIONS) {
      say(t('annotate.limit', { max: MAX_ANNOTATIONS }));
      return;
    }
    say('');
    draw().start(kind);
  }

  function add(mark: Annotation): boolean {
    const result = addAnnotation(store.getState().annotations, mark);
    if (!result.ok) {
      say(t('annotate.limit', { max: MAX_ANNOTATIONS }));
      return false;
    }
    store.dispatch({ annotations: result.annotations });
    say(t('annotate.added', { item: describeAnnotation(mark, lang()) }));
    place.keepClear(annotationExtent(mark));
    return true;
  }

  function closeForm(): void {
    noteAt = null;
    editing = null;
    input.value = '';
    draw().pending(null);
    render();
  }

  function openForm(at: LonLat, text: string, index: number | null): void {
    noteAt = at;
    editing = index;
    input.value = text;
    input.removeAttribute('aria-invalid');
    draw().pending(at);
    place.unfold();
    render();
    input.focus();
    place.keepClear([at]);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!noteAt) return;
    const checked = checkNoteText(input.value);
    if (!checked.ok) {
      say(checked.reason === 'empty' ? t('annotate.emptyText') : checked.reason === 'tooLong' ? t('annotate.tooLong', { count: checked.length, max: MAX_NOTE_CHARS }) : t('annotate.unsafeText'));
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    const at = noteAt;
    const index = editing;
    closeForm();
    if (index !== null) {
      const marks = store.getState().annotations;
      store.dispatch({ annotations: replaceNoteText(marks, index, checked.text) });
      say(t('annotate.edited', { item: describeAnnotation({ kind: 'note', at, text: checked.text }, lang()) }));
      return;
    }
    if (add({ kind: 'note', at, text: checked.text })) kindButtons.get('note')?.focus();
  });
  formCancel.addEventListener('click', () => {
    closeForm();
    kindButtons.get('note')?.focus();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    closeForm();
    kindButtons.get('note')?.focus();
  });
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    renderCount();
  });

  function renderCount(): void {
    const length = [...input.value.replace(/\s+/g, ' ').trim()].length;
    count.textContent = t('annotate.noteCount', { count: length, max: MAX_NOTE_CHARS });
    count.classList.toggle('is-over', length > MAX_NOTE_CHARS);
  }

  function render(): void {
    const active = progress?.kind ?? null;
    legend.textContent = t('annotate.add');
    for (const [kind, button] of kindButtons) {
      button.textContent = t(`annotate.kind.${kind}`);
      button.setAttribute('aria-pressed', String(kind === active));
    }
    const points = progress?.points ?? 0;
    hint.textContent = !active ? '' : active === 'area' && points > 0 ? t('annotate.hint.corners', { count: points }) : points > 0 ? t('annotate.hint.started') : t(`annotate.hint.${active}`);
    actions.hidden = !active;
    atCentre.textContent = t('annotate.atCentre');
    finish.textContent = t('annotate.finishArea');
    finish.hidden = active !== 'area';
    cancel.textContent = t('annotate.cancel');
    form.hidden = noteAt === null;
    label.textContent = t(editing === null ? 'annotate.noteText' : 'annotate.editing');
    save.textContent = t(editing === null ? 'annotate.noteSave' : 'annotate.noteUpdate');
    formCancel.textContent = t('annotate.cancel');
    renderCount();
  }

  render();
  return {
    element,
    render,
    onProgress(kind, points) {
      progress = { kind, points };
      render();
      // the card grows with the hint and the Finish button: the corners placed stay in sight
      if (points > 0) place.keepClear(draw().placed());
    },
    onCancelled() {
      progress = null;
      render();
    },
    onTooFewCorners() {
      say(t('annotate.tooFewCorners'));
    },
    onDrawn(mark) {
      const wasArea = progress?.kind === 'area' && progress.points >= MAX_AREA_CORNERS - 1 && mark.kind === 'area' && mark.ring.length >= MAX_AREA_CORNERS;
      progress = null;
      if (mark.kind === 'note') {
        openForm(mark.at, '', null);
        return;
      }
      render();
      if (mark.kind === 'circle') {
        const circle = circleFromDrag(mark.centre, mark.edge);
        if (circle) add(circle);
        else say(t('annotate.tooSmall'));
      } else add(mark);
      if (wasArea) say(t('annotate.tooManyCorners', { max: MAX_AREA_CORNERS }));
    },
    reset() {
      draw().cancel();
      closeForm();
    },
    editNote(index) {
      const mark = store.getState().annotations[index];
      if (mark?.kind !== 'note') return;
      draw().cancel();
      openForm(mark.at, mark.text, index);
    },
  };
}
