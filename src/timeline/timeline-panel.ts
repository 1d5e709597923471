// The full app's timeline: a section of the Layers & filters tab with the year control. Until the
// reader touches it the map shows every year (asOf unset); the year goes into the permalink (asof).
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import type { SceneSource } from '../state/scene-source';
import { createTimelineControl } from './timeline-control';
import type { Teardown } from '../ui/teardown';

export function mountTimelinePanel(parent: HTMLElement, store: Store, scene: SceneSource): Teardown {
  const section = el('section', { class: 'panel explore-panel timeline-panel', 'aria-labelledby': 'timeline-heading', 'data-testid': 'timeline-panel' });
  const heading = el('h2', { class: 'panel-heading', id: 'timeline-heading' });
  const control = createTimelineControl(store, scene, () => store.getState().lang);
  const all = el('button', { type: 'button', class: 'timeline-all', 'data-testid': 'timeline-all' });
  all.addEventListener('click', () => {
    control.pause();
    store.dispatch((state) => ({ filters: { ...state.filters, asOf: null } }));
  });
  section.append(heading, control.element, all);
  parent.append(section);
  const render = () => {
    const { lang, filters } = store.getState();
    heading.textContent = translate(lang, 'timeline.title');
    all.textContent = translate(lang, 'timeline.all');
    all.hidden = filters.asOf === null;
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    control.teardown();
    section.remove();
  };
}
