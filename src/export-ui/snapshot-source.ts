// Reads the scene into an ExportSnapshot: the shown features, the questions' outline, the legend,
// the selection and the planner's layers all come from the scene (the same set the map, list and
// charts show); the bounds from the state's view at the map's size, or, without a view, framed on
// what is shown; the permalink from the state. Nothing is read from the live map or the address bar.
import type { Store } from '../state/store';
import { settledScene, type SceneSource } from '../state/scene-source';
import type { Scene } from '../state/scene';
import type { BaseBoundaries, Manifest } from '../data/load-boundaries';
import type { LegendItem } from '../export/export-input';
import type { AppState } from '../state/app-state';
import type { ExportSnapshot } from './build-input';
import { exportBoundariesAt, countiesShownAt, sourcesLine } from './build-input';
import { PUBLISHED_ID_PREFIX } from '../data/published-layers';
import { dataURL, loadCountyBoundaries, type UnitCollection } from '../data/load-boundaries';
import { parseLocatorData, type LocatorData } from '../cartography/locator';
import type { ShownSummary } from './default-texts';
import { isoDate, type ExportOptions } from './export-options';
import { legendItems } from '../filters/picture-legend';
import { boundsOfView, type ViewportSize } from './view-bounds';
import { boxOf, frameBounds, frameQuestion, type Box } from './frame-bounds';
import { isFiltering } from '../filters/filter-state';
import { translate } from '../i18n/translate';
import { choroplethState } from '../choropleth/choropleth-state';
import { exportChoropleth } from '../choropleth/export-choropleth';
import { userLayerLegendItems } from '../export/user-layers';
import { annotationExtent } from '../annotations/annotation';

export interface SnapshotSourceDeps {
  store: Store;
  scene: SceneSource;
  base: BaseBoundaries;
  manifest: Manifest;
  /** the size of the map on screen, so the export shows the extent the reader sees */
  viewportSize(): ViewportSize;
  /** the state's own address (the permalink printed on the export) */
  permalink(state: AppState): string;
}

export interface SnapshotSource {
  snapshot(options: ExportOptions): ExportSnapshot;
  summary(): ShownSummary;
  /** resolves once no question's answer is pending, so the export draws the settled set */
  ready(): Promise<void>;
  /** the state's own address now (the export footer's link), never the address bar, which is written later */
  permalink(): string;
  /** stops following the scene */
  dispose(): void;
}

/** The locator inset's drawing (the file the map's inset fetched, so it comes from the cache); null when it fails: the map reports that. */
async function loadLocator(): Promise<LocatorData | null> {
  try {
    const response = await fetch(dataURL('locator.json'));
    return response.ok ? parseLocatorData(await response.json()) : null;
  } catch {
    return null;
  }
}

/** The zoom the export treats "no view" as: below the county zoom, as the map's default framing is. */
const HOME_ZOOM = 0;

/**
 * Resolves once the counties are in hand if the view is zoomed in far enough to draw them, so the
 * first export at that zoom includes them (the file is shared with the map's loader: one fetch).
 */
export async function createSnapshotSource({ store, scene, base, manifest, viewportSize, permalink }: SnapshotSourceDeps): Promise<SnapshotSource> {
  let counties: UnitCollection | null = null;
  const fetchCounties = () =>
    loadCountyBoundaries().then(
      (collection) => void (counties = collection),
      // the map reports the failure to the user; the export then shows what the map shows: no counties
      () => undefined,
    );
  const zoomOf = () => scene.get().view?.zoom ?? HOME_ZOOM;
  // Zooming in later (the dialog is closed then) fetches them, as the map does.
  const unsubscribe = scene.subscribe((current, previous) => {
    if (current.view !== previous.view && countiesShownAt(zoomOf()) && counties === null) void fetchCounties();
  });
  const locatorLoad = loadLocator();
  if (countiesShownAt(zoomOf()) || choroplethState.get()?.level === 'county') await fetchCounties();
  const locator = await locatorLoad;
  const [west, south, east, north] = boxOf(base.provinces.features.map((f) => f.geometry));
  const region: Box = [west - 0.5, south - 0.5, east + 0.5, north + 0.5];
  // the economic circle (the box the map's default view frames), so what runs far outside it is cut
  const core = manifest.frameSubject;
  const frameOptions = { region, ...(core ? { core } : {}) };
  return {
    ready: () => settledScene(scene).then(() => undefined),
    permalink: () => permalink(store.getState()),
    dispose: unsubscribe,
    snapshot(options) {
      const current = scene.get();
      const visible = [...current.shown];
      const overlay = current.overlay?.outline ?? null;
      // A county choropleth colours the counties at every zoom, as on the map (their file is loaded by then).
      const model = choroplethState.get();
      const choroplethUnits = model?.level === 'county' ? (counties?.features ?? []) : base.prefectures.features;
      const choropleth = model ? exportChoropleth(model, choroplethUnits) : null;
      const userLayers = [...current.userLayers];
      const answer = current.overlay?.answer;
      const annotations = store.getState().annotations;
      const marked = annotations.length > 0 ? [{ type: 'MultiPoint' as const, coordinates: annotations.flatMap(annotationExtent).map(([lon, lat]) => [lon, lat]) }] : [];
      // A view the user set (panned, zoomed, or a v= in the link) is exported as it is; otherwise the
      // page frames the question's area when one is asked, else what is shown (see frame-bounds.ts).
      const framed = current.view
        ? boundsOfView(current.view, viewportSize())
        : (frameQuestion(overlay, marked, frameOptions) ??
          frameBounds([...visible.map((f) => f.geometry), ...userLayers.flatMap((layer) => layer.features.map((f) => f.geometry)), ...marked], frameOptions));
      return {
        bounds: framed ?? [[region[1], region[0]], [region[3], region[2]]],
        boundaries: exportBoundariesAt(zoomOf(), base, counties),
        visible,
        legend: legendItems({
          groups: current.legend,
          choropleth: choropleth?.legend ?? [],
          catchmentKm: answer?.catchment ? store.getState().question.distanceKm : null,
          hasArea: answer !== undefined && answer.area !== null && answer.area !== 'pending',
          userLayers: userLayerLegendItems(userLayers),
        }),
        userLayers,
        annotations,
        ...(choropleth ? { choropleth: choropleth.choropleth } : {}),
        ...(locator ? { locator } : {}),
        selectedId: current.selection?.kind === 'feature' ? current.selection.id : null,
        selectedUnit: current.selection?.kind === 'unit' ? current.selection.adcode : null,
        overlay,
        // a published layer's source is named when the export draws it
        sources: sourcesLine(manifest, options.lang, manifest.layers.filter((layer) => userLayers.some((shown) => shown.id === `${PUBLISHED_ID_PREFIX}${layer.id}`))),
        checkedOn: manifest.factsChecked,
        permalink: permalink(store.getState()),
        date: isoDate(new Date()),
      };
    },
    summary: () => {
      const current = scene.get();
      const count = current.shown.length;
      const narrowed = isFiltering(store.getState().filters) || count !== current.total;
      const line = (lang: 'zh' | 'en') => translate(lang, 'export.filtered', { count, total: current.total });
      return { count, total: current.total, filters: narrowed ? { zh: line('zh'), en: line('en') } : null };
    },
  };
}
