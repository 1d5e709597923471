// The Annotate tool: a button on the map that opens a card with the ways to add a mark (the drawing
// part, src/ui/annotation-tools.ts) and the list of marks with Delete and Clear all
// (src/ui/annotation-list.ts), both loaded when the card first opens. The card's messages are spoken politely to screen readers.
import { translate } from '../i18n/translate';
import type { Store } from '../state/store';
import { el } from './dom';

export interface AnnotationPanel {
  card: HTMLElement;
  /** shows a short message in the card (what was added, deleted or refused) */
  say(message: string): void;
  /** where the ways to add a mark go; the list follows the message */
  tools: HTMLElement;
  isOpen(): boolean;
  /** called with false when the card closes */
  onToggle(listener: (open: boolean) => void): void;
  teardown(): void;
}

export function mountAnnotationPanel(container: HTMLElement, store: Store): AnnotationPanel {
  const toggle = el('button', { type: 'button', class: 'annotation-toggle', 'aria-expanded': 'false', 'aria-controls': 'annotation-card', 'data-testid': 'annotate-button' });
  const card = el('section', { class: 'annotation-card', id: 'annotation-card', 'aria-labelledby': 'annotation-card-title', 'data-testid': 'annotation-card' });
  card.hidden = true;
  const title = el('h2', { class: 'annotation-card__title', id: 'annotation-card-title' });
  const tools = el('div', { class: 'annotation-card__tools' });
  const message = el('p', { class: 'annotation-card__message', role: 'status', 'aria-live': 'polite', 'data-testid': 'annotation-message' });
  card.append(title, tools, message);
  container.append(toggle, card);
  const listeners: ((open: boolean) => void)[] = [];

  function say(text: string): void {
    message.textContent = text;
  }

  function setOpen(open: boolean): void {
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
  }

  toggle.addEventListener('click', () => setOpen(card.hidden));
  renderTexts();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) renderTexts();
  });
  return {
    card,
    say,
    tools,
    isOpen: () => !card.hidden,
    onToggle: (listener) => void listeners.push(listener),
    teardown: () => {
      unsubscribe();
      container.replaceChildren();
    },
  };
}
