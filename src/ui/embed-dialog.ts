// The "Embed" button of the full app: a modal <dialog> (the browser traps focus and closes it on
// Escape) showing the code a newsroom pastes for the current view, with the embed's options and a
// Copy button (clipboard API; when that is refused, the code is selected for Ctrl+C).
import type { Store } from '../state/store';
import type { UrlCodec } from '../state/url-codec';
import { translate } from '../i18n/translate';
import { el } from './dom';
import { lazyPart, loadWithFeedback } from './lazy-part';
import type { Teardown } from './teardown';
import type { SocialCardMaker } from '../export-ui/social-card';

// The dialog's content (and the embed code writer) is fetched on the first click.
const content = lazyPart(() => import('./embed-dialog-content'));

/** socialCard: draws the 1200×630 PNG of the embed's state (the export chunk, fetched on its first use). */
export function mountEmbedButton(parent: HTMLElement, store: Store, codec: UrlCodec, socialCard?: SocialCardMaker): Teardown {
  const button = el('button', { type: 'button', class: 'embed-open', 'data-testid': 'embed-open', 'aria-haspopup': 'dialog' });
  const dialog = el('dialog', { class: 'embed-dialog', 'data-testid': 'embed-dialog', 'aria-labelledby': 'embed-dialog-title' });
  const renderButton = () => (button.textContent = translate(store.getState().lang, 'embed.dialog.open'));
  renderButton();
  const unsubscribe = store.subscribe(renderButton);
  parent.append(button);
  document.body.append(dialog);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    void loadWithFeedback(content, { lang: () => store.getState().lang, part: 'lazy.part.embed', anchor: button }).then((loaded) => {
      if (!loaded || dialog.open) return;
      loaded.fillDialog(dialog, store, codec, socialCard);
      dialog.showModal();
    });
  });
  dialog.addEventListener('close', () => button.focus());
  return () => {
    unsubscribe();
    button.remove();
    dialog.remove();
  };
}

