// The "My layers" panel: help (formats, 25 MB limit, stays in the browser), the file picker,
// import progress and messages, the list of saved layers, and "Download my layers".
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { layersToGeoJSON } from '../import/layers-to-geojson.ts';
import { triggerDownload, GEOJSON_MIME } from '../download/trigger-download';
import type { UserLayersState } from './user-layers-state';
import type { UserLayersController } from './user-layers-controller';
import { buildLayerRow, type LayerRow } from './layer-row';
import { requestFrame } from './frame-request';
import { featuresBBox } from '../import/feature-label';
import { describeError } from './describe-error';
import type { UserNarrowingSource } from '../state/user-narrowing-source';
import { KEEP_ALL } from '../state/user-narrowing';

export interface LayersPanelOptions {
  container: HTMLElement;
  state: UserLayersState;
  controller: UserLayersController;
  getLang(): Lang;
  onFiles(files: File[]): void;
  /** where a failed change to a layer is reported (role=alert) */
  onError(message: string): void;
  /** the spatial questions' narrowing of the layers: a row counts the features the map draws */
  narrowing?: UserNarrowingSource;
}

export interface LayersPanel {
  progress: HTMLElement;
  /** where a table's mapping step (columns, sheet, coordinate system) is shown before import */
  steps: HTMLElement;
  alerts: HTMLElement;
  status: HTMLElement;
  render(): void;
  /** layers cannot be saved in this browser: say, once, that they last only for this visit */
  setSessionOnly(): void;
  teardown(): void;
}

export const ACCEPTED_FILES = '.geojson,.json,.topojson,.kml,.kmz,.gpx,.zip,.csv,.tsv,.txt,.xlsx,.xls';

export function mountLayersPanel(options: LayersPanelOptions): LayersPanel {
  const { state, controller } = options;
  const section = el('section', { class: 'panel user-layers-panel', 'data-testid': 'user-layers-panel', 'aria-labelledby': 'user-layers-heading' });
  const heading = el('h2', { class: 'panel-heading', id: 'user-layers-heading' });
  const help = el('p', { class: 'user-layers-help', id: 'user-layers-help', 'data-testid': 'user-layers-help' });
  const picker = el('input', { type: 'file', multiple: '', accept: ACCEPTED_FILES, id: 'user-layers-file', class: 'user-layers-file', 'data-testid': 'user-layers-file', 'aria-describedby': 'user-layers-help' });
  const pickerLabel = el('label', { for: 'user-layers-file', class: 'user-layers-choose' });
  const progress = el('div', { class: 'user-layers-progress' });
  const steps = el('div', { class: 'user-layers-steps', 'data-testid': 'user-layers-steps' });
  const alerts = el('div', { class: 'user-layers-alerts', role: 'alert', 'data-testid': 'user-layers-alerts' });
  const status = el('div', { class: 'user-layers-status', role: 'status', 'data-testid': 'user-layers-status' });
  const sessionNote = el('p', { class: 'user-layers-session-only', role: 'status', 'data-testid': 'user-layers-session-only', hidden: '' });
  const list = el('ul', { class: 'user-layers-list', 'data-testid': 'user-layers-list' });
  const empty = el('p', { class: 'user-layers-empty' });
  const download = el('button', { type: 'button', class: 'user-layers-download', 'data-testid': 'user-layers-download' });
  section.append(heading, help, sessionNote, pickerLabel, picker, progress, steps, alerts, status, empty, list, download);
  options.container.append(section);

  picker.addEventListener('change', () => {
    const files = [...(picker.files ?? [])];
    // Cleared so choosing the same file again (after fixing it) fires change again.
    picker.value = '';
    if (files.length > 0) options.onFiles(files);
  });
  download.addEventListener('click', () => {
    const collection = layersToGeoJSON(ownLayers());
    triggerDownload('my-layers.geojson', new Blob([JSON.stringify(collection)], { type: GEOJSON_MIME }));
  });

  // the site's published layers are not the planner's to rename, recolour or remove (published-legend.ts)
  const ownLayers = () => state.getLayers().filter((layer) => !layer.published);
  let rows = new Map<string, LayerRow>();
  let shownSignature = '';
  const report = (change: Promise<void>) =>
    change.catch((error: unknown) => {
      options.onError(describeError(error, options.getLang()));
      // The rejected edit (a name too long, say) is still in its input: show the saved layer again.
      shownSignature = '';
      render();
    });

  const updateCounts = () => {
    const narrow = options.narrowing?.get() ?? KEEP_ALL;
    const shown = new Map(state.getShownLayers().map((layer) => [layer.id, narrow(layer.features).length]));
    for (const layer of ownLayers()) rows.get(layer.id)?.setShownCount(shown.get(layer.id) ?? layer.features.length);
  };

  const render = () => {
    const lang = options.getLang();
    const layers = ownLayers();
    // Filters change only the counts; rebuilding then would close the select the planner is using.
    const signature = JSON.stringify([lang, layers.map((l) => [l.id, l.name, l.colour, l.visible, l.features.length, l.sizeBy ?? null])]);
    if (signature === shownSignature) return updateCounts();
    shownSignature = signature;
    const focusKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
    heading.textContent = translate(lang, 'mydata.title');
    sessionNote.textContent = translate(lang, 'mydata.sessionOnly');
    help.textContent = translate(lang, 'mydata.help');
    pickerLabel.textContent = translate(lang, 'mydata.choose');
    download.textContent = translate(lang, 'mydata.download');
    download.disabled = layers.length === 0;
    empty.textContent = layers.length === 0 ? translate(lang, 'mydata.empty') : '';
    rows = new Map();
    list.replaceChildren(
      ...layers.map((layer) => {
        const row = buildLayerRow(layer, state.getFilter(layer.id), lang, {
          rename: (name) => void report(controller.rename(layer.id, name)),
          recolour: (colour) => void report(controller.recolour(layer.id, colour)),
          setVisible: (visible) => void report(controller.setVisible(layer.id, visible)),
          setSizeBy: (column) => void report(controller.setSizeBy(layer.id, column)),
          remove: () => void report(controller.remove(layer.id)),
          zoomTo: () => requestFrame(featuresBBox(state.getShownLayers().find((shown) => shown.id === layer.id)?.features ?? layer.features)),
          setFilter: (filter) => state.setFilter(layer.id, filter),
        });
        rows.set(layer.id, row);
        return row.element;
      }),
    );
    updateCounts();
    if (focusKey) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  };
  render();
  const unsubscribe = state.subscribe(render);
  // a question asked or cleared changes only the counts
  const stopNarrowing = options.narrowing?.subscribe(updateCounts);
  return {
    teardown: () => {
      unsubscribe();
      stopNarrowing?.();
    },
    progress,
    steps,
    alerts,
    status,
    render,
    setSessionOnly: () => {
      sessionNote.hidden = false;
    },
  };
}
