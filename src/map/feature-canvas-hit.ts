// Which point feature of the canvas feature layer lies under a pixel. The canvas has no element per
// feature, so hover and click need an index: a kdbush over the points' zoom-0 positions, built once,
// queried with the marker's half-size converted to zoom-0 units.
import KDBush from 'kdbush';

export interface PointHitIndex {
  /** feature indexes of the points, in the order they were added to the tree */
  readonly features: Uint32Array;
  readonly tree: KDBush;
}

/** `points` are [feature index, x, y] with x, y in zoom-0 world pixels. */
export function buildPointHitIndex(points: readonly (readonly [number, number, number])[]): PointHitIndex {
  const tree = new KDBush(Math.max(1, points.length));
  const features = new Uint32Array(points.length);
  points.forEach(([feature, x, y], k) => {
    features[k] = feature;
    tree.add(x, y);
  });
  if (points.length === 0) tree.add(Number.NaN, Number.NaN); // kdbush needs as many items as announced
  tree.finish();
  return { features, tree };
}

/**
 * The visible point whose square marker (side `markerPx` screen pixels at `scale` = 2^zoom) covers
 * (x, y) in zoom-0 units; of several, the one drawn last (`drawOrder` higher), or null.
 */
export function pointAt(index: PointHitIndex, x: number, y: number, markerPx: number, scale: number, visible: Uint8Array, drawOrder: ArrayLike<number>): number | null {
  const half = markerPx / 2 / scale;
  let best: number | null = null;
  for (const k of index.tree.range(x - half, y - half, x + half, y + half)) {
    const feature = index.features[k];
    if (feature === undefined || !visible[feature]) continue;
    if (best === null || drawOrder[feature]! >= drawOrder[best]!) best = feature;
  }
  return best;
}
