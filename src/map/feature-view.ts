// Connects the feature layer to the scene: the shown set (filters and questions), the selection and
// the language. Clicking or pressing Enter on a feature selects it (a new history entry).
import type L from 'leaflet';
import type { ProjectCollection, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import { createFeatureLayer, type FeatureLayer } from './feature-layer';
import type { MapLabels } from './map-labels';
import { bindToMap } from './bound-layer';
import { lazyPart } from '../ui/lazy-part';
import type { createUserLabels } from './user-label-places';

export interface FeatureViewOptions {
  tabStops?: boolean;
  labels?: MapLabels;
  /** fetches the module naming the user layers' features (their names are left off without it) */
  loadUserLabels?: () => Promise<{ createUserLabels: typeof createUserLabels }>;
}

export function mountFeatureView(map: L.Map, store: Store, scene: SceneSource, collection: ProjectCollection, options: FeatureViewOptions = {}): FeatureLayer & { teardown(): void } {
  // load-features checked that every feature has a string id
  const features = collection.features as ProjectFeature[];
  const layer = createFeatureLayer(map, {
    features,
    partialExtents: collection.partial_extents,
    onSelect: (id) => store.dispatch({ selection: { kind: 'feature', id } }),
    ...(options.tabStops === undefined ? {} : { tabStops: options.tabStops }),
  });
  // The imported layers' names: their module is fetched the first time a shown layer has a name
  // column. The full app gives the loader (the import() sits in its chunk, so the modules it already
  // holds are not split into chunks of their own); the embed has no imported layers.
  const userLabelsPart = options.loadUserLabels ? lazyPart(options.loadUserLabels) : null;
  let userLabels: ReturnType<typeof createUserLabels> | undefined;
  let live = true;
  const render = () => {
    const current = scene.get();
    layer.setLanguage(current.lang);
    layer.setVisible(current.shown);
    layer.setSelected(current.selection?.kind === 'feature' ? current.selection.id : null);
    // after the symbols are drawn: the labels keep clear of them
    const named = userLabelsPart !== null && current.userLayers.some((user) => user.nameColumn !== undefined);
    if (named && !userLabels) {
      userLabelsPart!.get().then(
        (module) => {
          // a crowded layer's names come once its places are indexed (a slice per task): laid out again then
          userLabels ??= module.createUserLabels(() => {
            if (live) render();
          });
          if (live) render();
        },
        // not fetched (offline): the layers stay unnamed on the map until the next change tries again
        () => undefined,
      );
    }
    const selected = current.selection?.kind === 'feature' ? current.selection.id : null;
    options.labels?.setFeatures(current.shown, selected, named ? userLabels?.(current.userLayers) : undefined);
  };
  // follows the scene while on the map (Leaflet's onAdd/onRemove)
  const binding = bindToMap(map, () => {
    render();
    return scene.subscribe(render);
  });
  return Object.assign(layer, {
    teardown: () => {
      live = false;
      binding.remove();
    },
  });
}
