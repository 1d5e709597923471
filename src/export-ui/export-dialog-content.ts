// The Export dialog's content: the options, a live preview drawn through <img> from a blob: URL (an
// SVG with <style> must not be put into the page under its CSP), progress with Cancel, and the
// download. Fetched with the exporter on the first click of Export (src/export-ui/export-dialog.ts).
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { triggerDownload } from '../download/trigger-download';
import { el } from '../ui/dom';
import type { ExportSnapshot } from './build-input';
import { defaultSubtitle, defaultTitle, type ShownSummary } from './default-texts';
import { dpiForPreset, exportFileName, isPresetName, type ExportOptions } from './export-options';
import { createExportForm } from './export-form';
import { exportFailureText } from './export-failure';
import { loadCountyBoundaries } from '../data/load-boundaries';
import { countiesShownAt } from './build-input';
import { MIN_MAP_SHARE } from '../export/layout';
import '../styles/export.css';

/** The renderer's entry points (src/export-ui/run-export.ts, a chunk of its own). */
export type Exporter = Pick<typeof import('./run-export'), 'previewSvg' | 'runExport'>;

export interface ExportDialogDeps {
  store: Store;
  /** what is on screen right now */
  snapshot(options: ExportOptions): ExportSnapshot;
  summary(): ShownSummary;
  /** resolves when what is shown is settled (e.g. a question's answer has arrived) */
  ready?(): Promise<void>;
  /** the permalink of the state drawn now (the address bar is written a moment after a view change) */
  permalink(): string;
}

/** Progress appears only when an export takes longer than this, so quick ones do not flicker. */
const PROGRESS_DELAY_MS = 150;
const PREVIEW_DELAY_MS = 120;

/** Fills the dialog for the current state; returns the clean-up to run when it closes. */
export function openDialog(dialog: HTMLDialogElement, deps: ExportDialogDeps, { previewSvg, runExport }: Exporter): () => void {
  const uiLang = deps.store.getState().lang;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(uiLang, key, params);
  let options: ExportOptions = { preset: 'a4-landscape', dpi: 300, format: 'png', lang: uiLang };
  const form = createExportForm(uiLang, options);
  const summary = deps.summary();
  // Defaults follow the chosen language until the user types their own text.
  const edited = { title: false, subtitle: false };
  const fillTexts = () => {
    if (!edited.title) form.title.value = defaultTitle(options.lang, summary);
    if (!edited.subtitle) form.subtitle.value = defaultSubtitle(options.lang, summary);
  };
  fillTexts();
  // The footer cites the permalink of what is drawn unless the user gives the one to publish.
  form.link.value = deps.permalink();

  const heading = el('h2', { id: 'export-dialog-title' }, t('export.dialogTitle'));
  const preview = el('img', { class: 'export-preview', 'data-testid': 'export-preview' });
  const previewBox = el('figure', { class: 'export-preview-box' });
  // a page whose legend leaves the map less than its share says so, and what would give it more
  const fit = el('p', { class: 'export-fit', 'data-testid': 'export-fit', hidden: '' });
  const showFit = (mapShare: number | undefined) => {
    const cramped = mapShare !== undefined && mapShare < MIN_MAP_SHARE;
    fit.hidden = !cramped;
    fit.textContent = cramped ? t('export.cramped', { share: Math.round(mapShare * 100) }) : '';
  };
  previewBox.append(preview, el('figcaption', {}, t('export.preview')), fit);
  const status = el('p', { class: 'export-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'export-status' });
  const progress = el('progress', { class: 'export-progress', 'data-testid': 'export-progress', hidden: '' });
  progress.setAttribute('aria-label', t('export.dialogTitle'));
  const error = el('p', { class: 'export-error', role: 'alert', 'data-testid': 'export-error' });
  const download = el('button', { type: 'button', class: 'export-download', 'data-testid': 'export-download' }, t('export.download'));
  const cancel = el('button', { type: 'button', 'data-testid': 'export-cancel', hidden: '' }, t('export.cancel'));
  const closeButton = el('button', { type: 'button', 'data-testid': 'export-close' }, t('export.close'));
  const actions = el('div', { class: 'export-actions' });
  actions.append(download, cancel, closeButton);
  const body = el('div', { class: 'export-body' });
  body.append(form.element, previewBox);
  dialog.replaceChildren(heading, body, progress, status, error, actions);

  let previewUrl: string | null = null;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = () => deps.snapshot(options);
  const texts = () => ({ title: form.title.value, subtitle: form.subtitle.value, note: form.note.value.trim(), permalink: form.link.value.trim() });
  const refreshPreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      const page = previewSvg(snapshot(), options, texts());
      showFit(page.mapShare);
      const url = URL.createObjectURL(new Blob([page.svg], { type: 'image/svg+xml' }));
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      previewUrl = url;
      preview.src = url;
      preview.alt = t('export.previewAlt', { title: form.title.value });
    }, PREVIEW_DELAY_MS);
  };

  const onOptionsChange = () => {
    const preset = isPresetName(form.preset.value) ? form.preset.value : options.preset;
    const dpi = dpiForPreset(preset, Number(form.dpi.value));
    form.setDpiChoices(preset, dpi);
    options = { ...form.read(), preset, dpi };
    fillTexts();
    refreshPreview();
  };
  for (const control of [form.lang, form.preset, form.dpi, form.format]) control.addEventListener('change', onOptionsChange);
  form.atlas.addEventListener('change', () => {
    // an atlas is a PDF of many pages (the lighter file, so the first offer) or a .zip of PNG
    // pages, never one SVG
    const atlas = form.atlas.value !== '';
    if (atlas) form.format.value = 'pdf';
    for (const choice of form.format.options) if (choice.value === 'svg') choice.disabled = atlas;
    onOptionsChange();
  });
  form.title.addEventListener('input', () => ((edited.title = true), refreshPreview()));
  form.subtitle.addEventListener('input', () => ((edited.subtitle = true), refreshPreview()));
  form.note.addEventListener('input', refreshPreview);
  form.link.addEventListener('input', refreshPreview);

  let running: AbortController | null = null;
  const setBusy = (busy: boolean) => {
    download.disabled = busy;
    cancel.hidden = !busy;
    dialog.setAttribute('aria-busy', String(busy));
  };
  const start = async () => {
    const controller = new AbortController();
    running = controller;
    const file = exportFileName(options);
    error.textContent = '';
    setBusy(true);
    const progressTimer = setTimeout(() => {
      if (running !== controller) return;
      progress.hidden = false;
      status.textContent = t('export.working', { file });
    }, PROGRESS_DELAY_MS);
    try {
      const result = await runExport({
        snapshot: snapshot(),
        options,
        texts: texts(),
        signal: controller.signal,
        onFontMissing: (reason) => (error.textContent = t('export.fontMissing', { reason })),
      });
      // a result that arrives after Cancel is discarded
      if (!controller.signal.aborted) {
        showFit(result.mapShare);
        triggerDownload(result.name, result.blob);
        status.textContent = t('export.done', { file: result.name });
      }
    } catch (failure) {
      if (!controller.signal.aborted) error.textContent = t('export.failed', { reason: exportFailureText(failure, uiLang) });
    } finally {
      clearTimeout(progressTimer);
      // a cancelled export already gave the dialog back (below); a newer one may own it now
      if (running === controller) {
        running = null;
        progress.hidden = true;
        setBusy(false);
      }
    }
  };
  download.addEventListener('click', () => void start());
  // Cancel answers at once: the export may be inside a step it cannot leave (a font download, a
  // PNG encode) and drops its result when that step ends
  cancel.addEventListener('click', () => {
    if (!running) return;
    running.abort();
    running = null;
    progress.hidden = true;
    setBusy(false);
    status.textContent = t('export.cancelled');
    download.focus();
  });
  closeButton.addEventListener('click', () => dialog.close());

  refreshPreview();
  let closed = false;
  // Zoomed in past the county zoom just before opening, the map may still be fetching the county
  // file: the first preview then lacks them although the download (built at click time) has them.
  // The loader keeps its promise, so waiting here costs no second fetch; redraw once they arrive.
  const zoom = deps.store.getState().view?.zoom;
  if (zoom !== undefined && countiesShownAt(zoom) && !snapshot().boundaries.counties) {
    loadCountyBoundaries().then(
      () => void (closed || refreshPreview()),
      // the map reports the failure; the preview stays as the map is: without counties
      () => undefined,
    );
  }
  return () => {
    closed = true;
    running?.abort();
    clearTimeout(previewTimer);
    if (previewUrl) URL.revokeObjectURL(previewUrl);
  };
}
