// Parts of the app not needed to draw the first view (export, charts, spatial questions, import)
// are separate chunks fetched on first use. This keeps the fetch in one place: remembered once it
// succeeds, retried on the next use after a failure (a dropped connection should not disable a
// control for the rest of the visit), and shown to the user while it loads or when it fails.
import type { Lang } from '../types';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { el } from './dom';

export interface LazyPart<T> {
  /** the module, fetching it on the first call (and again after a failed fetch) */
  get(): Promise<T>;
  /** the module when it has loaded, without fetching */
  loaded(): T | undefined;
}

/**
 * Resolves when the server answers for scripts, rejects with the reason when it does not.
 *
 * Why a probe before import(): browsers that follow the older HTML module-map rules (Chromium before
 * about 155 among them) remember a failed module fetch for the rest of the visit, so a second
 * import() of the same chunk fails at once without touching the network, and "tries again on the
 * next use" would be a broken promise. A plain fetch is never remembered that way: while scripts
 * cannot be fetched, import() is not called at all and the module map stays clean for the next try.
 * The URL is this module's own chunk (a script of the same build and origin), asked with HEAD and
 * no cache so no body is downloaded and no stale answer is taken for a live one.
 */
export async function probeScripts(url: string = import.meta.url): Promise<void> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
}

export function lazyPart<T>(load: () => Promise<T>, probe: () => Promise<void> = probeScripts): LazyPart<T> {
  let pending: Promise<T> | null = null;
  let value: T | undefined;
  return {
    get() {
      pending ??= probe()
        .then(load)
        .then(
          (module) => (value = module),
          (error: unknown) => {
            pending = null;
            throw error;
          },
        );
      return pending;
    },
    loaded: () => value,
  };
}

export interface LoadFeedback {
  lang(): Lang;
  /** names the part in the failure message */
  part: StringKey;
  /** the control or region that waits: marked aria-busy, the messages appear right after it */
  anchor: HTMLElement;
}

/**
 * The part's module, showing "Loading…" after the anchor while it is fetched; on failure an alert
 * naming the part and the reason, and undefined (the caller leaves things as they were).
 */
export async function loadWithFeedback<T>(part: LazyPart<T>, ui: LoadFeedback): Promise<T | undefined> {
  const ready = part.loaded();
  if (ready !== undefined) return ready;
  const lang = ui.lang();
  const next = ui.anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.dataset.lazyMessage !== undefined) next.remove();
  const status = el('span', { class: 'lazy-loading', role: 'status', 'data-lazy-message': '', 'data-testid': 'lazy-loading' }, translate(lang, 'lazy.loading'));
  ui.anchor.setAttribute('aria-busy', 'true');
  ui.anchor.after(status);
  try {
    return await part.get();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const alert = el('p', { class: 'lazy-error', role: 'alert', 'data-lazy-message': '', 'data-testid': 'lazy-error' }, translate(lang, 'lazy.failed', { part: translate(lang, ui.part), reason }));
    status.replaceWith(alert);
    return undefined;
  } finally {
    status.remove();
    ui.anchor.removeAttribute('aria-busy');
  }
}
