// A choropleth in the embed: the colouring's spec (ch=…) and its joined values (chv=…, written by the
// Embed dialog) are both in the address, so the embed colours the units and shows the legend
// without the planner's table. The classes and palette code load on first use (a chunk of their own).
import type L from 'leaflet';
import type { AppState } from '../state/app-state';
import type { Lang } from '../types';
import type { UnitCollection } from '../data/load-boundaries';
import type { CountyLoader } from '../map/county-loader';
import { translate } from '../i18n/translate';
import { choroplethState } from '../choropleth/choropleth-state';
import { mountMapLegend } from '../choropleth/map-legend';

export interface EmbedChoroplethOptions {
  state: Pick<AppState, 'choropleth' | 'choroplethValues'>;
  map: L.Map;
  counties: CountyLoader;
  prefectures: UnitCollection;
  loadCounties(): Promise<UnitCollection>;
  lang: Lang;
  report(message: string): void;
}

export async function startEmbedChoropleth(options: EmbedChoroplethOptions): Promise<void> {
  const { choropleth: spec, choroplethValues: carried } = options.state;
  if (spec === null) return;
  if (carried === null) return options.report(translate(options.lang, 'choro.embedNoValues'));
  mountMapLegend(options.map, () => options.lang);
  if (carried.level === 'county') options.counties.setAlwaysShown(true);
  const [{ modelFromValues }, units] = await Promise.all([
    import('../choropleth/choropleth-model'),
    carried.level === 'county' ? options.loadCounties() : Promise.resolve(options.prefectures),
  ]);
  choroplethState.set(modelFromValues(spec, carried.level, carried.values, units.features.map((unit) => unit.properties.adcode)));
}
