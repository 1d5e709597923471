// Messages for the user (ignored URL parameters, unknown ids, load failures) in the role="status"
// region, merged into one calm summary: one message is shown as it is; several become one line
// ("3 notices: the first…") that opens into a list scrolling inside a strip of the map. One button
// dismisses them all; none blocks the map.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { el } from './dom';

export interface Notices {
  show(messages: readonly string[]): void;
  clear(): void;
}

export function createNotices(region: HTMLElement, getLang: () => Lang): Notices {
  let messages: string[] = [];
  let open = false;

  const render = () => {
    if (messages.length === 0) return region.replaceChildren();
    const lang = getLang();
    const item = el('div', { class: 'notice', 'data-testid': 'notice' });
    const dismiss = el('button', { type: 'button', class: 'notice-dismiss', 'aria-label': translate(lang, 'notices.dismiss') }, '×');
    dismiss.addEventListener('click', () => {
      messages = [];
      open = false;
      render();
    });
    if (messages.length === 1) {
      item.append(el('span', { class: 'notice-text' }, messages[0] ?? ''), dismiss);
    } else {
      const details = el('details', { class: 'notice-summary' });
      if (open) details.open = true;
      details.addEventListener('toggle', () => (open = details.open));
      const summary = el('summary', { class: 'notice-text' });
      summary.append(el('strong', {}, translate(lang, 'notices.count', { count: messages.length })), ' ', el('span', { class: 'notice-first' }, messages[0] ?? ''));
      const list = el('ul', { class: 'notice-list', 'data-testid': 'notice-list' });
      for (const message of messages) list.append(el('li', {}, message));
      details.append(summary, list);
      item.append(details, dismiss);
    }
    region.replaceChildren(item);
  };

  return {
    show(more) {
      if (more.length === 0) return;
      messages = [...messages, ...more];
      render();
    },
    clear() {
      messages = [];
      render();
    },
  };
}
