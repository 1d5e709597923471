// A large user layer taken apart for the canvas in slices, one task each (user-layer-drawing.ts
// loads this the first time a layer has more than DRAWING_SLICE features; most never do).
import type { Feature } from 'geojson';
import { splitFeatures, type LayerDrawing, type PartKind, type ShapeParts } from './user-layer-geometry';
import { featureColours } from '../import/feature-label';
import { givePageBack, inSlices } from '../ui/page-slices';

export async function drawingInSlices(features: readonly Feature[], size: number): Promise<LayerDrawing> {
  const parts: ShapeParts[] = [];
  const own: (string | undefined)[] = [];
  let [coordAt, featureAt] = [0, 0];
  await inSlices(features, size, (slice) => {
    // each slice's parts are numbered for the whole list in its own task, so joining them is copying
    const sliceParts = shiftParts(splitFeatures(slice), coordAt, featureAt);
    parts.push(sliceParts);
    [coordAt, featureAt] = [coordAt + sliceParts.coords.length, featureAt + slice.length];
    for (const colour of featureColours(slice)) own.push(colour);
  });
  await givePageBack();
  const joined = concatParts(parts);
  // drawn from the next task on: in the join's, with the first stretch of drawing, the page froze
  await givePageBack();
  return { parts: joined, own };
}

/**
 * Numbers a slice's parts as parts of the whole list: its rings' positions moved on by `coordAt`
 * (where its coordinates start in the whole list's) and its features by `featureAt`. Shifts the
 * slice's own lists in place (a copy was 200,000 arrays more) and returns it.
 */
export function shiftParts(parts: ShapeParts, coordAt: number, featureAt: number): ShapeParts {
  if (coordAt !== 0) for (const rings of parts.ranges) for (let r = 0; r < rings.length; r++) rings[r]! += coordAt;
  if (featureAt !== 0) for (let p = 0; p < parts.feature.length; p++) parts.feature[p]! += featureAt;
  return parts;
}

/** The parts of consecutive slices, each already shifted (shiftParts), as the parts of the whole list. */
export function concatParts(slices: readonly ShapeParts[]): ShapeParts {
  const total = (pick: (parts: ShapeParts) => number) => slices.reduce((sum, parts) => sum + pick(parts), 0);
  const coords = new Float64Array(total((parts) => parts.coords.length));
  const feature = new Uint32Array(total((parts) => parts.feature.length));
  const boxes = new Float64Array(total((parts) => parts.boxes.length));
  const kind: PartKind[] = [];
  const ranges: number[][] = [];
  let [coordAt, partAt] = [0, 0];
  for (const parts of slices) {
    coords.set(parts.coords, coordAt);
    feature.set(parts.feature, partAt);
    boxes.set(parts.boxes, partAt * 4);
    for (let p = 0; p < parts.kind.length; p++) {
      kind.push(parts.kind[p]!);
      ranges.push(parts.ranges[p]!);
    }
    coordAt += parts.coords.length;
    partAt += parts.feature.length;
  }
  return { coords, feature, kind, ranges, boxes };
}
