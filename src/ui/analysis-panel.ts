// Charts, table and downloads of the current set (filters + questions), in a collapsible region
// beside the map. The timeline's brush writes the year filter (a history entry); rows select
// their project on the map.
import type { Lang, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import type { UnitNameLookup } from '../charts/aggregate';
import type { YearRange } from '../charts/year-scale';
import type { ChongqingBars } from '../state/chart-options';
import { translate } from '../i18n/translate';
import { el } from './dom';
import { lazyPart, loadWithFeedback } from './lazy-part';
import { mountUserFeaturesTable } from '../user-data/user-features-table';

export interface AnalysisData {
  /** the current set */
  features: readonly ProjectFeature[];
  /** the same set without the year filter, so the timeline keeps its axis while brushing */
  featuresIgnoringYear: readonly ProjectFeature[];
  /** each catchment match's distance to the corridors (km); null when no catchment is asked */
  distancesKm?: ReadonlyMap<string, number> | null;
}

export interface AnalysisPanel {
  update(data: AnalysisData): void;
  /** takes the region off the page */
  teardown(): void;
}

/** chengyu-features-20250307.csv: the local date, so repeated downloads keep apart. */
export function downloadName(extension: 'csv' | 'geojson', date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `chengyu-features-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.${extension}`;
}

// The charts, table and writers (the d3 modules) are fetched when the region is first opened.
const analysisParts = lazyPart(() => import('./analysis-parts'));

/**
 * `shown` says whether the region is on screen (its tab open): the region itself starts open, so
 * opening the Charts tab shows the charts, and nothing is fetched or drawn while the tab is closed.
 */
export function mountAnalysisPanel(parent: HTMLElement, store: Store, scene: SceneSource, lookup: UnitNameLookup, shown: () => boolean = () => true): AnalysisPanel {
  const details = el('details', { class: 'panel analysis-panel', 'data-testid': 'analysis-panel', open: '' });
  const summary = el('summary', { 'data-testid': 'analysis-toggle' });
  const count = el('p', { class: 'analysis-count', 'data-testid': 'analysis-count', 'aria-live': 'polite' });
  const downloads = el('div', { class: 'analysis-downloads' });
  const csvButton = el('button', { type: 'button', 'data-testid': 'download-csv' });
  const geojsonButton = el('button', { type: 'button', 'data-testid': 'download-geojson' });
  downloads.append(csvButton, geojsonButton);
  const charts = el('div', { class: 'analysis-charts', 'data-testid': 'charts' });
  const table = el('div', { class: 'analysis-table', 'data-testid': 'feature-table' });
  details.append(summary, count, downloads, charts, table);
  // The planner's own shown features, in their own table (their fields are not the project columns).
  const stopUserTable = mountUserFeaturesTable(details, scene);
  parent.append(details);
  let current: AnalysisData = { features: [], featuresIgnoringYear: [] };

  const load = () => loadWithFeedback(analysisParts, { lang: () => store.getState().lang, part: 'lazy.part.charts', anchor: downloads });
  csvButton.addEventListener('click', () => {
    void load().then((parts) => {
      if (parts) parts.triggerDownload(downloadName('csv', new Date()), new Blob([parts.toCSV(current.features, store.getState().lang, current.distancesKm)], { type: parts.CSV_MIME }));
    });
  });
  geojsonButton.addEventListener('click', () => {
    void load().then((parts) => {
      if (parts) parts.triggerDownload(downloadName('geojson', new Date()), new Blob([parts.toGeoJSON(current.features, store.getState().lang, current.distancesKm)], { type: parts.GEOJSON_MIME }));
    });
  });

  const onYearRange = (range: YearRange | null) =>
    store.dispatch((state) => ({ filters: { ...state.filters, years: range ? [range[0], range[1]] : null } }));
  const onChongqing = (chartChongqing: ChongqingBars) => store.dispatch({ chartChongqing });
  const onSelect = (id: string) => store.dispatch({ selection: { kind: 'feature', id } });

  function render(lang: Lang): void {
    const state = store.getState();
    summary.textContent = translate(lang, 'analysis.title');
    count.textContent = translate(lang, 'analysis.count', { count: current.features.length });
    csvButton.textContent = translate(lang, 'analysis.downloadCsv');
    geojsonButton.textContent = translate(lang, 'analysis.downloadGeojson');
    // Closed or off screen, nothing is drawn: charts are measured from their box, which is empty while hidden.
    if (!details.open || !shown()) return;
    const parts = analysisParts.loaded();
    if (!parts) {
      // drawn once the chunk arrives, with whatever is current then
      void load().then((ready) => ready && render(store.getState().lang));
      return;
    }
    const { renderChartPanel, renderFeatureTable } = parts;
    renderChartPanel(charts, { features: current.features, featuresIgnoringYear: current.featuresIgnoringYear, lookup }, {
      lang,
      yearRange: state.filters.years ? [state.filters.years[0], state.filters.years[1]] : null,
      onYearRange,
      chongqing: state.chartChongqing,
      onChongqing,
    });
    renderFeatureTable(table, current.features, {
      lang,
      lookup,
      selectedId: state.selection?.kind === 'feature' ? state.selection.id : null,
      onSelect,
      distancesKm: current.distancesKm ?? null,
    });
  }

  details.addEventListener('toggle', () => render(store.getState().lang));
  return {
    teardown: () => {
      stopUserTable();
      details.remove();
    },
    update(data) {
      current = data;
      render(store.getState().lang);
    },
  };
}
