// The Annotate tool: a button on the map that opens a card with the ways to add a mark (the drawing
// part, src/ui/annotation-tools.ts) and the list of marks with Delete and Clear all
// (src/ui/annotation-list.ts), both loaded when the card first opens. The card's messages are spoken politely to screen readers.
// On phones the card is a sheet along the bottom of the map, at most a third of its height (it
// scrolls inside), that folds down to its title row; while it is open it takes the place of the
// panel's sheet (src/styles/annotations.css).
import { translate } from '../i18n/translate';
import type { Store } from '../state/store';
import { el } from './dom';

export interface AnnotationPanel {
  card: HTMLElement;
  /** shows a short message in the card (what was added, deleted or refused) */
  say(message: string): void;
  /** where the ways to add a mark go; the list follows the message */
  tools: HTMLElement;
  /** everything under the title row (what folds away); the list goes at its end */
  body: HTMLElement;
  isOpen(): boolean;
  /** called with false when the card closes */
  onToggle(listener: (open: boolean) => void): void;
  /** shows the whole card again when it was folded (a form to fill in) */
  unfold(): void;
  /** the card's box when it lies along the bottom of the map (a phone), else null */
  sheetBox(): DOMRect | null;
  teardown(): void;
}

export interface PanelPlace {
  /** the button's container */
  container: HTMLElement;
  /** where the card goes: a sheet along the map's bottom, or under the button */
  dock(card: HTMLElement, sheet: boolean): void;
}

const PHONE = '(max-width: 640px)';

export function mountAnnotationPanel({ container, dock }: PanelPlace, store: Store): AnnotationPanel {
  const toggle = el('button', { type: 'button', class: 'annotation-toggle', 'aria-expanded': 'false', 'aria-controls': 'annotation-card', 'data-testid': 'annotate-button' });
  const card = el('section', { class: 'annotation-card', id: 'annotation-card', 'aria-labelledby': 'annotation-card-title', 'data-testid': 'annotation-card' });
  card.hidden = true;
  const head = el('div', { class: 'annotation-card__head' });
  const title = el('h2', { class: 'annotation-card__title', id: 'annotation-card-title' });
  const fold = el('button', { type: 'button', class: 'annotation-card__fold', 'aria-expanded': 'true', 'aria-controls': 'annotation-card-body', 'data-testid': 'annotation-fold' });
  head.append(title, fold);
  const body = el('div', { class: 'annotation-card__body', id: 'annotation-card-body' });
  const tools = el('div', { class: 'annotation-card__tools' });
  const message = el('p', { class: 'annotation-card__message', role: 'status', 'aria-live': 'polite', 'data-testid': 'annotation-message' });
  body.append(tools, message);
  card.append(head, body);
  container.append(toggle, card);
  const listeners: ((open: boolean) => void)[] = [];
  const phone = window.matchMedia(PHONE);
  const place = () => dock(card, phone.matches);
  phone.addEventListener('change', place);

  function say(text: string): void {
    message.textContent = text;
  }

  function setFolded(folded: boolean): void {
    card.classList.toggle('is-folded', folded);
    fold.setAttribute('aria-expanded', String(!folded));
    fold.textContent = translate(store.getState().lang, folded ? 'annotate.unfold' : 'annotate.fold');
  }

  function setOpen(open: boolean): void {
    if (open) place();
    card.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    container.classList.toggle('is-open', open);
    if (!open) say('');
    for (const listener of listeners) listener(open);
  }

  function renderTexts(): void {
    const lang = store.getState().lang;
    toggle.textContent = translate(lang, 'annotate.button');
    toggle.setAttribute('aria-label', translate(lang, 'annotate.buttonLabel'));
    title.textContent = translate(lang, 'annotate.title');
    setFolded(card.classList.contains('is-folded'));
  }

  toggle.addEventListener('click', () => setOpen(card.hidden));
  fold.addEventListener('click', () => setFolded(!card.classList.contains('is-folded')));
  renderTexts();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) renderTexts();
  });
  return {
    card,
    say,
    tools,
    body,
    isOpen: () => !card.hidden,
    onToggle: (listener) => void listeners.push(listener),
    unfold: () => setFolded(false),
    sheetBox: () => (!card.hidden && card.classList.contains('is-sheet') ? card.getBoundingClientRect() : null),
    teardown: () => {
      unsubscribe();
      phone.removeEventListener('change', place);
      card.remove();
      container.replaceChildren();
    },
  };
}
