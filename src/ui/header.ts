// Title, document title and <html lang> follow the current language.
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import type { Teardown } from './teardown';

export function mountHeader(title: HTMLElement, store: Store): Teardown {
  const render = () => {
    const { lang } = store.getState();
    title.textContent = translate(lang, 'app.title');
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  };
  render();
  return store.subscribe(render);
}
