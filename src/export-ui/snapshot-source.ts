// Reads what is on screen into an ExportSnapshot: the Leaflet map's bounds, the features and
// selection from the store, the boundaries already loaded. The one place the export touches the
// live map.
import type L from 'leaflet';
import type { Store } from '../state/store';
import type { BaseBoundaries, Manifest } from '../data/load-boundaries';
import type { ProjectCollection, ProjectFeature } from '../types';
import type { ExportSnapshot } from './build-input';
import { exportBoundariesAt, countiesShownAt, sourcesLine } from './build-input';
import { loadCountyBoundaries, type UnitCollection } from '../data/load-boundaries';
import type { ShownSummary } from './default-texts';
import { isoDate, type ExportOptions } from './export-options';
import { legendItemsFor } from './legend-items';
import { createShownForExport, simpleAreaResolver } from './shown-features';
import { boxOf, frameBounds } from './frame-bounds';
import { buildQuestionData } from '../questions/question-result';
import { buildFeatureIndex } from '../spatial';
import { isFiltering } from '../filters/filter-state';
import { translate } from '../i18n/translate';
import { userLayersState } from '../user-data/user-layers-state';
import { choroplethState } from '../choropleth/choropleth-state';
import { exportChoropleth } from '../choropleth/export-choropleth';
import { userLayerLegendItems } from '../user-data/export-user-layers';

export interface SnapshotSourceDeps {
  store: Store;
  map: L.Map;
  base: BaseBoundaries;
  manifest: Manifest;
  /** as loaded; every feature in features.json carries its id */
  features: ProjectCollection['features'];
}

export interface SnapshotSource {
  snapshot(options: ExportOptions): ExportSnapshot;
  summary(): ShownSummary;
}

/**
 * Resolves once the counties are in hand if the map is zoomed in far enough to draw them, so the
 * first export at that zoom includes them (the file is shared with the map's loader: one fetch).
 */
export async function createSnapshotSource({ store, map, base, manifest, features: loaded }: SnapshotSourceDeps): Promise<SnapshotSource> {
  const features = loaded as ProjectFeature[];
  let counties: UnitCollection | null = null;
  const fetchCounties = () =>
    loadCountyBoundaries().then(
      (collection) => void (counties = collection),
      // the map reports the failure to the user; the export then shows what the map shows: no counties
      () => undefined,
    );
  // Zooming in later (the dialog is closed then) fetches them, as the map does.
  map.on('zoomend', () => {
    if (countiesShownAt(map.getZoom())) void fetchCounties();
  });
  if (countiesShownAt(map.getZoom()) || choroplethState.get()?.level === 'county') await fetchCounties();
  const data = buildQuestionData(features, buildFeatureIndex(features));
  const shown = createShownForExport(data, simpleAreaResolver(base.prefectures.features, data.byId));
  const [west, south, east, north] = boxOf(base.provinces.features.map((f) => f.geometry));
  const region: [number, number, number, number] = [west - 0.5, south - 0.5, east + 0.5, north + 0.5];
  return {
    snapshot(options) {
      const state = store.getState();
      const mapBounds = map.getBounds();
      const { visible, overlay, overlayLegend } = shown(state);
      // A county choropleth colours the counties at every zoom, as on the map (their file is loaded by then).
      const model = choroplethState.get();
      const choroplethUnits = model?.level === 'county' ? (counties?.features ?? []) : base.prefectures.features;
      const choropleth = model ? exportChoropleth(model, choroplethUnits) : null;
      const userLayers = userLayersState.getShownLayers().filter((layer) => layer.features.length > 0).map(({ id, name, colour, features }) => ({ id, name, colour, features }));
      // A view the user set (panned, zoomed, or a v= in the link) is exported as it is; otherwise the
      // page frames what is shown and asked about.
      const framed = state.view
        ? null
        : frameBounds([...visible.map((f) => f.geometry), overlay, ...userLayers.flatMap((layer) => layer.features.map((f) => f.geometry))], { region });
      return {
        bounds: framed ?? [[mapBounds.getSouth(), mapBounds.getWest()], [mapBounds.getNorth(), mapBounds.getEast()]],
        boundaries: exportBoundariesAt(map.getZoom(), base, counties),
        visible,
        legend: [...(choropleth?.legend ?? []), ...legendItemsFor(visible), ...overlayLegend, ...userLayerLegendItems(userLayers)],
        userLayers,
        ...(choropleth ? { choropleth: choropleth.choropleth } : {}),
        selectedId: state.selection?.kind === 'feature' ? state.selection.id : null,
        selectedUnit: state.selection?.kind === 'unit' ? state.selection.adcode : null,
        overlay,
        sources: sourcesLine(manifest, options.lang),
        checkedOn: manifest.factsChecked,
        permalink: window.location.href,
        date: isoDate(new Date()),
      };
    },
    summary: () => {
      const state = store.getState();
      const count = shown(state).visible.length;
      const narrowed = isFiltering(state.filters) || count !== features.length;
      const line = (lang: 'zh' | 'en') => translate(lang, 'export.filtered', { count, total: features.length });
      return { count, total: features.length, filters: narrowed ? { zh: line('zh'), en: line('en') } : null };
    },
  };
}
