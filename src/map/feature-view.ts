// Connects the feature layer to the scene: the shown set (filters and questions), the selection and
// the language. Clicking or pressing Enter on a feature selects it (a new history entry).
import type L from 'leaflet';
import type { ProjectCollection, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import type { SceneSource } from '../state/scene-source';
import { createFeatureLayer, type FeatureLayer } from './feature-layer';
import type { MapLabels } from './map-labels';
import { bindToMap } from './bound-layer';

export function mountFeatureView(map: L.Map, store: Store, scene: SceneSource, collection: ProjectCollection, options: { tabStops?: boolean; labels?: MapLabels } = {}): FeatureLayer & { teardown(): void } {
  // load-features checked that every feature has a string id
  const features = collection.features as ProjectFeature[];
  const layer = createFeatureLayer(map, {
    features,
    partialExtents: collection.partial_extents,
    onSelect: (id) => store.dispatch({ selection: { kind: 'feature', id } }),
    ...(options.tabStops === undefined ? {} : { tabStops: options.tabStops }),
  });
  const render = () => {
    const current = scene.get();
    layer.setLanguage(current.lang);
    layer.setVisible(current.shown);
    layer.setSelected(current.selection?.kind === 'feature' ? current.selection.id : null);
    // after the symbols are drawn: the labels keep clear of them
    options.labels?.setFeatures(current.shown, current.selection?.kind === 'feature' ? current.selection.id : null);
  };
  // follows the scene while on the map (Leaflet's onAdd/onRemove)
  const binding = bindToMap(map, () => {
    render();
    return scene.subscribe(render);
  });
  return Object.assign(layer, { teardown: () => void binding.remove() });
}
