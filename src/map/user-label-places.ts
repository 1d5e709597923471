// The named features of the scene's user layers for the map's label layout: each feature's name from
// its layer's name column and its marker's radius as src/map/user-layer.ts draws it (6 px circles
// with a 2 px stroke, or the proportional circle). Layers drawn on a canvas (over CANVAS_THRESHOLD
// shown features) are indexed and named only where few of their features are in view
// (crowdedPlaces): tens of thousands of names cannot be told apart. Kept until the scene's user layers change. Its own chunk,
// loaded the first time a shown layer has a name column (src/map/feature-view.ts).
import type { Feature } from 'geojson';
import type { SceneUserLayer } from '../state/scene';
import { crowdedPlaces, userLabelPlaces, userLabels } from '../cartography/user-labels';
import type { ExtraLabels } from '../cartography/map-labels';
import { featureName } from '../import/feature-label';
import { NO_VALUE_RADIUS, radiusFor } from '../style/proportional-symbols';
import { CANVAS_THRESHOLD } from '../style/user-layer-limits';

/** the plain marker: radius 6 and half its 2 px stroke */
const MARKER_RADIUS = 7;

function radiusOf(layer: SceneUserLayer): (feature: Feature) => number {
  const sizes = layer.sizes;
  if (!sizes) return () => MARKER_RADIUS;
  return (feature) => {
    const value: unknown = feature.properties?.[sizes.column];
    const radius = typeof value === 'number' && Number.isFinite(value) ? Math.max(radiusFor(value, sizes.max), 1.5) : NO_VALUE_RADIUS;
    return radius + 1;
  };
}

/** The map's extra labels for the scene's user layers, kept while the layers are the same. */
export function createUserLabels(): (layers: readonly SceneUserLayer[]) => ExtraLabels {
  let last: { layers: readonly SceneUserLayer[]; labels: ExtraLabels } | null = null;
  return (layers) => {
    if (last?.layers === layers) return last.labels;
    const named = layers.filter((layer) => layer.nameColumn !== undefined);
    const labelLayer = (layer: SceneUserLayer) => ({ id: layer.id, features: layer.features, nameOf: (feature: Feature) => featureName(feature, layer.nameColumn), radiusOf: radiusOf(layer) });
    const places = userLabelPlaces(named.filter((layer) => layer.features.length <= CANVAS_THRESHOLD).map(labelLayer));
    const crowded = named.filter((layer) => layer.features.length > CANVAS_THRESHOLD).map((layer) => crowdedPlaces(userLabelPlaces([labelLayer(layer)])));
    last = { layers, labels: userLabels(places, crowded) };
    return last.labels;
  };
}
