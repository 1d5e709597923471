// Reads the scene into an ExportSnapshot: the shown features, the questions' outline, the legend,
// the selection and the planner's layers all come from the scene (the same set the map, list and
// charts show); the bounds from the state's view at the map's size; the permalink from the state.
// Nothing is read from the live map or the address bar.
import type { Store } from '../state/store';
import { settledScene, type SceneSource } from '../state/scene-source';
import type { BaseBoundaries, Manifest } from '../data/load-boundaries';
import type { LegendItem, ViewBounds } from '../export/export-input';
import type { Scene } from '../state/scene';
import type { AppState } from '../state/app-state';
import type { ExportSnapshot } from './build-input';
import { exportBoundariesAt, countiesShownAt, sourcesLine } from './build-input';
import { loadCountyBoundaries, type UnitCollection } from '../data/load-boundaries';
import type { ShownSummary } from './default-texts';
import { isoDate, type ExportOptions } from './export-options';
import { legendItemsFor } from './legend-items';
import { overlayLegendItems } from './overlay-legend';
import { exportBounds, type ViewportSize } from './view-bounds';
import { bboxOf, unionBBox } from '../map/unit-catalog';
import { isFiltering } from '../filters/filter-state';
import { translate } from '../i18n/translate';
import { userLayerLegendItems } from '../export/user-layers';

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
}

/** Legend rows for what the questions draw over the map. */
function overlayLegend(scene: Scene, distanceKm: number): LegendItem[] {
  const answer = scene.overlay?.answer;
  if (!answer) return [];
  return overlayLegendItems(answer.catchment ? distanceKm : null, answer.area !== null && answer.area !== 'pending');
}

/** The zoom the export treats "fit the provinces" as: below the county zoom, as the map's fit is. */
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
  scene.subscribe((current, previous) => {
    if (current.view !== previous.view && countiesShownAt(zoomOf()) && counties === null) void fetchCounties();
  });
  if (countiesShownAt(zoomOf())) await fetchCounties();
  const [west, south, east, north] = unionBBox(base.provinces.features.map(bboxOf));
  const home: ViewBounds = [[south, west], [north, east]];
  return {
    ready: () => settledScene(scene).then(() => undefined),
    snapshot(options) {
      const current = scene.get();
      const shown = [...current.shown];
      return {
        bounds: exportBounds(current.view, viewportSize(), home),
        boundaries: exportBoundariesAt(zoomOf(), base, counties),
        visible: shown,
        legend: [...legendItemsFor(shown), ...overlayLegend(current, store.getState().question.distanceKm), ...userLayerLegendItems(current.userLayers)],
        userLayers: [...current.userLayers],
        selectedId: current.selection?.kind === 'feature' ? current.selection.id : null,
        selectedUnit: current.selection?.kind === 'unit' ? current.selection.adcode : null,
        overlay: current.overlay?.outline ?? null,
        sources: sourcesLine(manifest, options.lang),
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
