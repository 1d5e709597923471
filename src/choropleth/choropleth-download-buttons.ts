// The choropleth panel's two downloads: the coloured units with their joined values and classes, as
// CSV or GeoJSON (choropleth-download.ts), named after the table and the column.
import type { Lang } from '../types.ts';
import { translate } from '../i18n/translate.ts';
import { el } from '../ui/dom.ts';
import { CSV_MIME, GEOJSON_MIME, triggerDownload } from '../download/trigger-download.ts';
import type { DivisionSource } from './choropleth-engine.ts';
import { choroplethState } from './choropleth-state.ts';

type Engine = typeof import('./choropleth-engine.ts');

/** "county-gdp_GDP（亿元）" with whatever a file name cannot hold replaced by "_". */
export function choroplethFileBase(tableName: string, column: string): string {
  const safe = (text: string) => text.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 60);
  return `${safe(tableName)}_${safe(column)}`;
}

/** `engine` loads the choropleth's heavy half (already loaded once a table colours the map). */
export function mountChoroplethDownloads(options: { divisions: DivisionSource; lang(): Lang; engine(): Promise<Engine | undefined> }): { element: HTMLElement; applyLang(): void } {
  const element = el('div', { class: 'choro-downloads' });
  const help = el('p', { class: 'user-layers-help' });
  const csv = el('button', { type: 'button', 'data-testid': 'choro-download-csv' });
  const geojson = el('button', { type: 'button', 'data-testid': 'choro-download-geojson' });
  element.append(help, csv, geojson);
  const units = async () => {
    const model = choroplethState.get();
    const engine = await options.engine();
    if (!model || !engine) return null;
    const collection = model.level === 'county' ? await options.divisions.loadCounties() : options.divisions.prefectures;
    return { engine, model, units: collection.features };
  };
  csv.addEventListener('click', () => {
    void units().then((ready) => {
      if (!ready) return;
      const name = `${choroplethFileBase(ready.model.tableName, ready.model.spec.value)}.csv`;
      triggerDownload(name, new Blob([ready.engine.choroplethCsv(ready.model, ready.units, options.lang())], { type: CSV_MIME }));
    });
  });
  geojson.addEventListener('click', () => {
    void units().then((ready) => {
      if (!ready) return;
      const name = `${choroplethFileBase(ready.model.tableName, ready.model.spec.value)}.geojson`;
      triggerDownload(name, new Blob([JSON.stringify(ready.engine.choroplethGeoJSON(ready.model, ready.units, options.lang()))], { type: GEOJSON_MIME }));
    });
  });
  return {
    element,
    applyLang() {
      const lang = options.lang();
      help.textContent = translate(lang, 'choro.downloadHelp');
      csv.textContent = translate(lang, 'choro.downloadCsv');
      geojson.textContent = translate(lang, 'choro.downloadGeojson');
    },
  };
}
