// "Download these features": the planner's shown features (visible layers, after each layer's
// filter and the spatial questions: the table's rows) as CSV or GeoJSON, beside their table, as the
// project table has its own downloads.
// "Download my layers" in My data still gives every saved layer whole.
import type { Lang } from '../types';
import type { UserLayer } from '../import/layer-store';
import type { SceneUserLayer } from '../state/scene';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { lazyPart, loadWithFeedback } from '../ui/lazy-part';
import { CSV_MIME, GEOJSON_MIME, triggerDownload } from '../download/trigger-download';

const writers = lazyPart(() => import('./user-features-writers'));

/** chengyu-my-data-YYYYMMDD.csv / .geojson: the date the planner downloaded them. */
export function userDownloadName(extension: 'csv' | 'geojson', date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `chengyu-my-data-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.${extension}`;
}

/**
 * The scene's layers (visible, filtered, narrowed by the questions) as their saved layers holding
 * only those features, in the scene's order; the name column stays the whole layer's. A layer the
 * scene has but the saved list lacks (removed meanwhile) is left out.
 */
export function savedWithShownFeatures(shown: readonly SceneUserLayer[], saved: readonly UserLayer[]): UserLayer[] {
  return shown.flatMap((layer) => {
    const own = saved.find((candidate) => candidate.id === layer.id);
    return own ? [{ ...own, features: layer.features, ...(layer.nameColumn === undefined ? {} : { nameColumn: layer.nameColumn }) }] : [];
  });
}

export function userFeaturesDownloads(layers: () => readonly UserLayer[], lang: Lang): HTMLElement {
  const csv = el('button', { type: 'button', 'data-testid': 'user-features-csv' }, translate(lang, 'mydata.downloadShownCsv'));
  const geojson = el('button', { type: 'button', 'data-testid': 'user-features-geojson' }, translate(lang, 'mydata.downloadShownGeojson'));
  const row = el('div', { class: 'analysis-downloads user-features-downloads' });
  row.append(csv, geojson);
  const load = () => loadWithFeedback(writers, { lang: () => lang, part: 'lazy.part.charts', anchor: row });
  csv.addEventListener('click', () => {
    void load().then((parts) => {
      if (parts) triggerDownload(userDownloadName('csv', new Date()), new Blob([parts.userFeaturesCsv(parts.userTableRows(layers()), lang)], { type: CSV_MIME }));
    });
  });
  geojson.addEventListener('click', () => {
    void load().then((parts) => {
      if (parts) triggerDownload(userDownloadName('geojson', new Date()), new Blob([JSON.stringify(parts.layersToGeoJSON(layers()))], { type: GEOJSON_MIME }));
    });
  });
  return row;
}
