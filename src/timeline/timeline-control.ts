// The year control: play/pause, a slider from 2000 to today and the year, with a line counting the
// features on the map and those of unknown year left off it. Shared by the embed and the full app.
// Writes the year into the store's filters (asOf); renders from the state it is given.
import type { Lang } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import type { SceneSource } from '../state/scene-source';
import { el } from '../ui/dom';
import { TIMELINE_START, clampYear, nextPlayYear, timelineCounts, timelineEnd } from './timeline';
import '../styles/timeline.css';

/** One year per step while playing: slow enough to see what appears. */
export const PLAY_STEP_MS = 800;

export interface TimelineControl {
  element: HTMLElement;
  /** plays from the current year (or the start) to today, once */
  play(): void;
  pause(): void;
  /** stops playing and following the scene */
  teardown(): void;
}

/** `scene` gives the counts: the shown one the map, list and charts show, and the totals of its set whatever the year (under the same filters and question). */
export function createTimelineControl(store: Store, scene: SceneSource, language: () => Lang): TimelineControl {
  const end = timelineEnd();
  const element = el('div', { class: 'timeline', 'data-testid': 'timeline', role: 'group' });
  const button = el('button', { type: 'button', class: 'timeline-play', 'data-testid': 'timeline-play' });
  const slider = el('input', { type: 'range', min: String(TIMELINE_START), max: String(end), step: '1', 'data-testid': 'timeline-year', class: 'timeline-slider' });
  const year = el('output', { class: 'timeline-value', 'data-testid': 'timeline-value' });
  const counts = el('p', { class: 'timeline-counts', 'data-testid': 'timeline-counts', 'aria-live': 'polite' });
  const unknown = el('p', { class: 'timeline-unknown', 'data-testid': 'timeline-unknown' });
  const row = el('div', { class: 'timeline-row' });
  row.append(button, slider, year);
  element.append(row, counts, unknown);

  let timer: number | undefined;
  const current = () => store.getState().filters.asOf;
  const setYear = (value: number) => store.dispatch((state) => ({ filters: { ...state.filters, asOf: clampYear(value, end) } }));
  const playing = () => timer !== undefined;

  const render = () => {
    const lang = language();
    element.setAttribute('aria-label', translate(lang, 'timeline.label'));
    // the range input needs its own name: the group's label does not name a form control
    slider.setAttribute('aria-label', translate(lang, 'timeline.label'));
    const filters = store.getState().filters;
    const shownYear = filters.asOf ?? end;
    slider.value = String(shownYear);
    slider.setAttribute('aria-valuetext', translate(lang, 'timeline.year', { year: shownYear }));
    year.textContent = String(shownYear);
    button.textContent = translate(lang, playing() ? 'timeline.pause' : 'timeline.play');
    button.setAttribute('aria-pressed', String(playing()));
    const drawn = scene.get();
    const c = timelineCounts(drawn.shownIgnoringAsOf, shownYear);
    counts.textContent = translate(lang, 'timeline.counts', { year: shownYear, shown: drawn.shown.length, total: c.total - c.unknownYear });
    unknown.textContent = c.unknownYear > 0 ? translate(lang, 'timeline.unknown', { count: c.unknownYear }) : '';
    unknown.hidden = c.unknownYear === 0;
  };

  const pause = () => {
    window.clearInterval(timer);
    timer = undefined;
    render();
  };
  const play = () => {
    if (playing()) return;
    const from = current();
    // From the start when nothing is chosen yet or the end was reached.
    if (from === null || from >= end) setYear(TIMELINE_START);
    timer = window.setInterval(() => {
      const next = nextPlayYear(current() ?? TIMELINE_START, end);
      if (next === null) pause();
      else setYear(next);
    }, PLAY_STEP_MS);
    render();
  };

  button.addEventListener('click', () => (playing() ? pause() : play()));
  slider.addEventListener('input', () => {
    const chosen = Number(slider.value); // read first: pause() renders the slider from the state
    pause();
    setYear(chosen);
  });
  render();
  const unsubscribe = scene.subscribe(render);
  const teardown = () => {
    unsubscribe();
    window.clearInterval(timer);
    timer = undefined;
  };
  return { element, play, pause, teardown };
}
