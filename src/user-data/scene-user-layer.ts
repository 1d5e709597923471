// A shown user layer as the scene (and so the export) sees it: its features after the filter, and
// the scale of its proportional symbols when a size column is chosen: the map draws the circles
// (as SVG, or on a canvas for a large layer) and so does the export.
import type { UserLayer } from '../import/layer-store';
import type { SceneUserLayer } from '../state/scene';
import { symbolScale } from '../style/proportional-symbols';
import { layerNameKey } from '../import/feature-label';

export function sceneUserLayer(shown: UserLayer, all: readonly UserLayer[]): SceneUserLayer {
  const { id, name, colour, features } = shown;
  const full = all.find((candidate) => candidate.id === id) ?? shown;
  // the name column of the whole layer, so a filter does not change which column names the features
  const nameColumn = layerNameKey(full);
  const layer: SceneUserLayer = { id, name, colour, features, ...(nameColumn === undefined ? {} : { nameColumn }), ...(shown.published ? { titles: shown.published.title } : {}) };
  if (shown.sizeBy === undefined) return layer;
  // the scale of the whole layer, so a filter or a question does not rescale the circles (as on the map)
  const scale = symbolScale(full.features, shown.sizeBy);
  return scale ? { ...layer, sizes: { column: scale.column, max: scale.max } } : layer;
}
