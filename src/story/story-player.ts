// The reader's side of a map story in the embed: Previous / Next buttons, "Step 2 of 3" and the
// step's text. Arrow keys (Left/Right, PageUp/PageDown) on the story bar and horizontal swipes on
// it move between steps; each step's state (view, selection, filters, timeline) is parsed from its
// own address by the app's URL codec, so a step looks exactly as its permalink does.
import type { Lang } from '../types';
import type { AppState } from '../state/app-state';
import type { Store } from '../state/store';
import type { UrlCodec } from '../state/url-codec';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { moveStep, type StoryStep } from './story';

const SWIPE_PX = 40;

export interface StoryPlayer {
  element: HTMLElement;
  go(index: number): void;
}

export function createStoryPlayer(store: Store, steps: readonly StoryStep[], codec: UrlCodec, base: AppState, lang: Lang): StoryPlayer {
  const element = el('div', { class: 'story', 'data-testid': 'story', role: 'group', 'aria-label': translate(lang, 'story.label') });
  const previous = el('button', { type: 'button', class: 'story-move', 'data-testid': 'story-previous', 'aria-label': translate(lang, 'story.previous') }, '‹');
  const next = el('button', { type: 'button', class: 'story-move', 'data-testid': 'story-next', 'aria-label': translate(lang, 'story.next') }, '›');
  const position = el('p', { class: 'story-position', 'data-testid': 'story-position' });
  const text = el('p', { class: 'story-text', 'data-testid': 'story-text', 'aria-live': 'polite' });
  const body = el('div', { class: 'story-body' });
  body.append(position, text);
  element.append(previous, body, next);

  let index = -1;
  const go = (target: number) => {
    const clamped = moveStep(target, 0, steps.length);
    if (clamped === index) return;
    index = clamped;
    const step = steps[index]!;
    const { state } = codec.parse(step.query, base);
    store.dispatch({ view: state.view, selection: state.selection, filters: state.filters, question: state.question });
    position.textContent = translate(lang, 'story.position', { step: index + 1, count: steps.length });
    text.textContent = step.text;
    // A button that becomes disabled drops the focus: hand it to the other so arrows still work.
    // Which one had it is read before disabling, since some Chromium releases blur it at once.
    const focused = document.activeElement;
    previous.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    if (focused === next && next.disabled) previous.focus();
    else if (focused === previous && previous.disabled) next.focus();
  };
  previous.addEventListener('click', () => go(index - 1));
  next.addEventListener('click', () => go(index + 1));
  element.addEventListener('keydown', (event) => {
    const delta = event.key === 'ArrowRight' || event.key === 'PageDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'PageUp' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    go(index + delta);
  });
  let startX: number | null = null;
  element.addEventListener('touchstart', (event) => (startX = event.touches.length === 1 ? event.touches[0]!.clientX : null), { passive: true });
  element.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    if (startX === null || !touch) return;
    const dx = touch.clientX - startX;
    startX = null;
    if (Math.abs(dx) >= SWIPE_PX) go(index + (dx < 0 ? 1 : -1));
  });
  go(0);
  return { element, go };
}
