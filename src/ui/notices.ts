// Messages for the user (ignored URL parameters, load failures) in the role="status" region.
// Each can be dismissed; none blocks the map.
import { el } from './dom';

export interface Notices {
  show(messages: readonly string[], dismissLabel: string): void;
  clear(): void;
}

export function createNotices(region: HTMLElement): Notices {
  return {
    show(messages, dismissLabel) {
      for (const message of messages) {
        const item = el('p', { class: 'notice', 'data-testid': 'notice' });
        const text = el('span', {}, message);
        const dismiss = el('button', { type: 'button', class: 'notice-dismiss', 'aria-label': dismissLabel }, '×');
        dismiss.addEventListener('click', () => item.remove());
        item.append(text, dismiss);
        region.append(item);
      }
    },
    clear() {
      region.replaceChildren();
    },
  };
}
