// Reads what is on screen into an ExportSnapshot: the Leaflet map's bounds, the features and
// selection from the store, the boundaries already loaded. The one place the export touches the
// live map.
import type L from 'leaflet';
import type { Store } from '../state/store';
import type { BaseBoundaries, Manifest } from '../data/load-boundaries';
import type { ProjectCollection, ProjectFeature } from '../types';
import type { ExportSnapshot } from './build-input';
import { sourcesLine } from './build-input';
import type { ShownSummary } from './default-texts';
import { isoDate, type ExportOptions } from './export-options';
import { legendItemsFor } from './legend-items';

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

export function createSnapshotSource({ store, map, base, manifest, features: loaded }: SnapshotSourceDeps): SnapshotSource {
  const features = loaded as ProjectFeature[];
  const visible = (): ProjectFeature[] => features;
  return {
    snapshot(options) {
      const state = store.getState();
      const bounds = map.getBounds();
      const shown = visible();
      return {
        bounds: [[bounds.getSouth(), bounds.getWest()], [bounds.getNorth(), bounds.getEast()]],
        boundaries: {
          provinces: base.provinces.features,
          prefectures: base.prefectures.features,
          neighbours: base.neighbours.features,
          rivers: base.rivers.features,
        },
        visible: shown,
        legend: legendItemsFor(shown),
        selectedId: state.selection?.kind === 'feature' ? state.selection.id : null,
        overlay: null,
        sources: sourcesLine(manifest.attribution, options.lang),
        permalink: window.location.href,
        date: isoDate(new Date()),
      };
    },
    summary: () => ({ count: visible().length, total: features.length, filters: null }),
  };
}
