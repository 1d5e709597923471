// A shown user layer as the scene (and so the export) sees it: its features after the filter, and
// its proportional symbols exactly when the map draws them (src/map/user-layer.ts): a size column is
// chosen and the layer shows few enough features for one element each; above that the map draws
// fixed markers on a canvas, and so does the export.
import type { UserLayer } from '../import/layer-store';
import type { SceneUserLayer } from '../state/scene';
import { CANVAS_THRESHOLD } from '../map/user-layer-limits';
import { symbolScale } from '../style/proportional-symbols';
import { layerNameKey } from '../import/feature-label';

export function sceneUserLayer(shown: UserLayer, all: readonly UserLayer[]): SceneUserLayer {
  const { id, name, colour, features } = shown;
  const full = all.find((candidate) => candidate.id === id) ?? shown;
  // the name column of the whole layer, so a filter does not change which column names the features
  const nameColumn = layerNameKey(full);
  const layer: SceneUserLayer = { id, name, colour, features, ...(nameColumn === undefined ? {} : { nameColumn }) };
  if (shown.sizeBy === undefined || features.length > CANVAS_THRESHOLD) return layer;
  // the scale of the whole layer, so a filter does not rescale the circles (as on the map)
  const scale = symbolScale(full.features, shown.sizeBy);
  return scale ? { ...layer, sizes: { column: scale.column, max: scale.max } } : layer;
}
