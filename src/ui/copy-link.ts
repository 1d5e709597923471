// The "Copy link" button of the header: the permalink (the page's URL holds the whole state) goes to
// the clipboard, and a status line says so. When the clipboard is refused, the link is shown in a
// field, selected, for Ctrl+C.
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from './dom';
import type { Teardown } from './teardown';

export function mountCopyLinkButton(parent: HTMLElement, store: Store): Teardown {
  const wrap = el('span', { class: 'copy-link' });
  const button = el('button', { type: 'button', class: 'copy-link-button', 'data-testid': 'copy-link' });
  const status = el('span', { class: 'copy-link-status', role: 'status', 'data-testid': 'copy-link-status' });
  const field = el('input', { type: 'text', readonly: '', class: 'copy-link-field', 'data-testid': 'copy-link-field', hidden: '' });
  wrap.append(button, status, field);
  parent.append(wrap);
  const t = (key: 'copyLink.button' | 'copyLink.copied' | 'copyLink.failed' | 'copyLink.field') => translate(store.getState().lang, key);
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    status.textContent = text;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => (status.textContent = ''), 4000);
  };
  const showField = (href: string) => {
    field.value = href;
    field.hidden = false;
    field.focus();
    field.select();
    say(t('copyLink.failed'));
  };
  button.addEventListener('click', () => {
    const href = window.location.href;
    field.hidden = true;
    if (!navigator.clipboard) return showField(href);
    navigator.clipboard.writeText(href).then(() => say(t('copyLink.copied')), () => showField(href));
  });
  field.addEventListener('blur', () => (field.hidden = true));
  const render = () => {
    button.textContent = t('copyLink.button');
    field.setAttribute('aria-label', t('copyLink.field'));
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    clearTimeout(clearTimer);
    wrap.remove();
  };
}
