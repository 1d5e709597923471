// The Export button and its modal <dialog> (the browser traps focus and closes it on Escape). The
// dialog's content (src/export-ui/export-dialog-content.ts, with its stylesheet), the renderer,
// d3-geo, the font and the rasteriser are fetched on the first click of Export: the first view
// does not need them.
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { lazyPart, loadWithFeedback } from '../ui/lazy-part';
import type { Teardown } from '../ui/teardown';
import type { ExportDialogDeps, Exporter } from './export-dialog-content';

/** loadSource: what the dialog reads from the screen, loaded with the export chunk (it needs the spatial code). */
export function mountExportButton(parent: HTMLElement, store: Store, loadSource: () => Promise<Omit<ExportDialogDeps, 'store'>>): Teardown {
  const part = lazyPart(async () => {
    const [content, exporter, source] = await Promise.all([import('./export-dialog-content'), import('./run-export'), loadSource()]);
    return { openDialog: content.openDialog, exporter: exporter as Exporter, deps: { store, ...source } as ExportDialogDeps };
  });
  const button = el('button', { type: 'button', class: 'export-open', 'data-testid': 'export-open', 'aria-haspopup': 'dialog' });
  const dialog = el('dialog', { class: 'export-dialog', 'data-testid': 'export-dialog', 'aria-labelledby': 'export-dialog-title' });
  const render = () => (button.textContent = translate(store.getState().lang, 'export.button'));
  render();
  const unsubscribe = store.subscribe(render);
  parent.append(button);
  document.body.append(dialog);
  let close: (() => void) | null = null;
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    void loadWithFeedback(part, { lang: () => store.getState().lang, part: 'lazy.part.export', anchor: button }).then(async (loaded) => {
      if (!loaded || dialog.open) return;
      await loaded.deps.ready?.();
      if (dialog.open) return;
      close = loaded.openDialog(dialog, loaded.deps, loaded.exporter);
      dialog.showModal();
    });
  });
  dialog.addEventListener('close', () => {
    close?.();
    close = null;
    button.focus();
  });
  return () => {
    unsubscribe();
    close?.();
    close = null;
    button.remove();
    dialog.remove();
  };
}

