// A large user layer taken apart for the canvas in slices, one task each (user-layer-drawing.ts
// loads this the first time a layer has more than DRAWING_SLICE features; most never do).
import type { Feature } from 'geojson';
import { splitFeatures, type LayerDrawing, type PartKind, type ShapeParts } from './user-layer-geometry';
import { featureColours } from '../import/feature-label';
import { givePageBack, inSlices } from '../ui/page-slices';

export async function drawingInSlices(features: readonly Feature[], size: number): Promise<LayerDrawing> {
  const parts: ShapeParts[] = [];
  const own: (string | undefined)[] = [];
  await inSlices(features, size, (slice) => {
    parts.push(splitFeatures(slice));
    for (const colour of featureColours(slice)) own.push(colour);
  });
  // joined in a task of its own: in the last slice's, with the drawing after it, the page froze
  await givePageBack();
  return { parts: joinParts(parts, size), own };
}

/**
 * The parts of consecutive slices of one feature list as the parts of the whole list: slice k
 * holds features k × sliceSize onwards. The same answer as splitFeatures of the whole list; the
 * slices' ring lists are taken over and shifted in place (a copy of each was 200,000 arrays more).
 */
export function joinParts(slices: readonly ShapeParts[], sliceSize: number): ShapeParts {
  const total = (pick: (parts: ShapeParts) => number) => slices.reduce((sum, parts) => sum + pick(parts), 0);
  const coords = new Float64Array(total((parts) => parts.coords.length));
  const feature = new Uint32Array(total((parts) => parts.feature.length));
  const boxes = new Float64Array(total((parts) => parts.boxes.length));
  const kind: PartKind[] = [];
  const ranges: number[][] = [];
  let [coordAt, partAt] = [0, 0];
  slices.forEach((parts, k) => {
    coords.set(parts.coords, coordAt);
    boxes.set(parts.boxes, partAt * 4);
    for (let p = 0; p < parts.feature.length; p++) {
      feature[partAt + p] = parts.feature[p]! + k * sliceSize;
      kind.push(parts.kind[p]!);
      const rings = parts.ranges[p]!;
      for (let r = 0; r < rings.length; r++) rings[r]! += coordAt;
      ranges.push(rings);
    }
    coordAt += parts.coords.length;
    partAt += parts.feature.length;
  });
  return { coords, feature, kind, ranges, boxes };
}
