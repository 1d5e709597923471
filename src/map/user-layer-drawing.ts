// What the canvas needs of a large user layer (its parts in world pixels and each feature's own
// colour), worked out once per feature list and kept while the list lives: a recolour, a rename or
// a change to another layer draws again from it. A list longer than DRAWING_SLICE is taken apart
// in slices of PAGE_SLICE, one task each (200,000 points took most of a second in one go; user-layer-slices.ts),
// and the canvas is added once it is ready.
import type { Feature } from 'geojson';
import { splitFeatures, type LayerDrawing } from './user-layer-geometry';
import { featureColours } from '../import/feature-label';
import { PAGE_SLICE } from '../ui/page-slices';

export const DRAWING_SLICE = 10_000;

export type { LayerDrawing } from './user-layer-geometry';

const ready = new WeakMap<readonly Feature[], LayerDrawing>();
const building = new WeakMap<readonly Feature[], Promise<LayerDrawing>>();

export function drawingNow(features: readonly Feature[]): LayerDrawing | undefined {
  let drawing = ready.get(features);
  if (!drawing && features.length <= DRAWING_SLICE) ready.set(features, (drawing = { parts: splitFeatures(features), own: featureColours(features) }));
  return drawing;
}

export function drawingLater(features: readonly Feature[]): Promise<LayerDrawing> {
  const known = drawingNow(features);
  if (known) return Promise.resolve(known);
  let promise = building.get(features);
  if (!promise) {
    // the slicing is fetched on first use: the full app's first view is at its size budget
    promise = import('./user-layer-slices').then(({ drawingInSlices }) => drawingInSlices(features, PAGE_SLICE)).then((drawing) => {
      ready.set(features, drawing);
      building.delete(features);
      return drawing;
    });
    building.set(features, promise);
  }
  return promise;
}
