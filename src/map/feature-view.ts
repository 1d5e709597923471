// Connects the feature layer to the store: the visible set from the filters, the selection and the
// language. Clicking or pressing Enter on a feature selects it (a new history entry).
import type L from 'leaflet';
import type { ProjectCollection, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import { visibleFeatures } from '../state/select';
import { createFeatureLayer, type FeatureLayer } from './feature-layer';

export function mountFeatureView(map: L.Map, store: Store, collection: ProjectCollection, options: { tabStops?: boolean } = {}): FeatureLayer {
  // load-features checked that every feature has a string id
  const features = collection.features as ProjectFeature[];
  const layer = createFeatureLayer(map, {
    features,
    partialExtents: collection.partial_extents,
    onSelect: (id) => store.dispatch({ selection: { kind: 'feature', id } }),
    ...(options.tabStops === undefined ? {} : { tabStops: options.tabStops }),
  });
  const render = () => {
    const state = store.getState();
    layer.setLanguage(state.lang);
    layer.setVisible(visibleFeatures(state, features));
    layer.setSelected(state.selection?.kind === 'feature' ? state.selection.id : null);
  };
  render();
  store.subscribe(render);
  return layer;
}
