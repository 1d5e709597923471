// The named features of the scene's user layers for the map's label layout: each feature's name from
// its layer's name column and its marker's radius as src/map/user-layer.ts draws it (6 px circles
// with a 2 px stroke, or the proportional circle). Layers drawn on a canvas (over CANVAS_THRESHOLD
// shown features) are named only where few of their features are in view (crowdedPlaces): tens of
// thousands of names cannot be told apart. Their places are indexed a slice per task after the layer
// arrives (a 200,000-point layer took the page for a quarter of a second or more in one go), and the
// map lays its names out again once they are in. Kept until the scene's user layers change, and a
// crowded layer's index while it shows the same features, named and sized the same way (a recolour
// or another layer's change keeps it). Its own chunk, loaded the first time a shown layer has a name
// column (src/map/feature-view.ts).
import type { Feature } from 'geojson';
import type { SceneUserLayer } from '../state/scene';
import { CROWDED_SLICE, crowdedPlacesInSlices, userLabelPlaces, userLabels, type CrowdedPlaces } from '../cartography/user-labels';
import type { ExtraLabels } from '../cartography/map-labels';
import { featureName } from '../import/feature-label';
import { NO_VALUE_RADIUS, radiusFor } from '../style/proportional-symbols';
import { givePageBack } from '../ui/page-slices';
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

/** What a crowded layer's places depend on besides its feature list. */
const crowdedKey = (layer: SceneUserLayer) => JSON.stringify([layer.id, layer.nameColumn ?? null, layer.sizes ?? null]);

/**
 * The map's extra labels for the scene's user layers, kept while the layers are the same.
 * `onIndexed`: a crowded layer's places are all indexed (its names can now be laid out).
 */
export function createUserLabels(onIndexed: () => void): (layers: readonly SceneUserLayer[]) => ExtraLabels {
  let last: { layers: readonly SceneUserLayer[]; labels: ExtraLabels } | null = null;
  const crowdedOf = new WeakMap<readonly Feature[], { key: string; crowded: CrowdedPlaces }>();
  return (layers) => {
    if (last?.layers === layers) return last.labels;
    const named = layers.filter((layer) => layer.nameColumn !== undefined);
    const labelLayer = (layer: SceneUserLayer) => ({ id: layer.id, features: layer.features, nameOf: (feature: Feature) => featureName(feature, layer.nameColumn), radiusOf: radiusOf(layer) });
    const places = userLabelPlaces(named.filter((layer) => layer.features.length <= CANVAS_THRESHOLD).map(labelLayer));
    const crowded = named.filter((layer) => layer.features.length > CANVAS_THRESHOLD).map((layer) => {
      const key = crowdedKey(layer);
      const kept = crowdedOf.get(layer.features);
      if (kept?.key === key) return kept.crowded;
      // a later change of its name column or sizes starts another index: this one then stops
      const current = () => crowdedOf.get(layer.features)?.key === key;
      const { crowded: made, done } = crowdedPlacesInSlices(labelLayer(layer), CROWDED_SLICE, givePageBack, current);
      crowdedOf.set(layer.features, { key, crowded: made });
      void done.then((complete) => {
        if (complete && current()) onIndexed();
      });
      return made;
    });
    last = { layers, labels: userLabels(places, crowded) };
    return last.labels;
  };
}
