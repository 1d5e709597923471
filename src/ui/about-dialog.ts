// The About view, opened from the header: what the map is and covers (extent, counts per category and
// type, the demonstration parks listed of 35), what is known to be missing, when the facts were last
// checked, the precision legend, the sources, that the boundaries are illustrative (no 审图号), the
// licence, version, repository and where to report an error. A native <dialog>; all text via DOM nodes.
import type { Store } from '../state/store';
import type { Manifest } from '../data/load-boundaries';
import type { ProjectProperties } from '../types';
import { translate } from '../i18n/translate';
import { el } from './dom';
import { lazyPart, loadWithFeedback } from './lazy-part';
import type { Teardown } from './teardown';

// The content (counts, links, its stylesheet) is fetched on the first opening.
const aboutContent = lazyPart(() => import('./about-content'));

export function mountAboutButton(parent: HTMLElement, store: Store, records: readonly ProjectProperties[], manifest: Manifest): Teardown {
  const button = el('button', { type: 'button', class: 'about-button', 'data-testid': 'about-open', 'aria-haspopup': 'dialog' });
  const dialog = el('dialog', { class: 'about-dialog', 'data-testid': 'about', 'aria-labelledby': 'about-heading' });
  const heading = el('h2', { id: 'about-heading' });
  const close = el('button', { type: 'button', class: 'panel-close', 'data-testid': 'about-close' }, '×');
  const body = el('div', { class: 'about-body' });
  dialog.append(close, heading, body);
  parent.append(button);
  document.body.append(dialog);
  const render = () => {
    const { lang } = store.getState();
    button.textContent = translate(lang, 'about.button');
    heading.textContent = translate(lang, 'about.title');
    close.setAttribute('aria-label', translate(lang, 'about.close'));
    const loaded = aboutContent.loaded();
    if (dialog.open && loaded) body.replaceChildren(...loaded.aboutContent(lang, records, manifest));
  };
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    void loadWithFeedback(aboutContent, { lang: () => store.getState().lang, part: 'lazy.part.about', anchor: button }).then((loaded) => {
      if (!loaded || dialog.open) return;
      body.replaceChildren(...loaded.aboutContent(store.getState().lang, records, manifest));
      dialog.showModal();
    });
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => button.focus());
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    button.remove();
    dialog.remove();
  };
}
