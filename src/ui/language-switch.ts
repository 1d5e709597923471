// zh | en buttons with aria-pressed; the store decides, this only renders and dispatches.
import type { Lang } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from './dom';
import type { Teardown } from './teardown';

const LANGS: readonly Lang[] = ['zh', 'en'];

export function mountLanguageSwitch(parent: HTMLElement, store: Store): Teardown {
  const group = el('div', { class: 'lang-switch', role: 'group', 'data-testid': 'lang-switch' });
  const buttons = LANGS.map((lang) => {
    const button = el('button', { type: 'button', lang, 'data-lang': lang }, translate(lang, `lang.${lang}`));
    button.addEventListener('click', () => store.dispatch({ lang }));
    return button;
  });
  group.append(...buttons);
  parent.append(group);
  const render = () => {
    const current = store.getState().lang;
    group.setAttribute('aria-label', translate(current, 'lang.label'));
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.lang === current));
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    group.remove();
  };
}
