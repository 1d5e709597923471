// Proportional symbols on the canvas of a large user layer: each point part's circle radius from the
// layer's size scale (proportional-symbols.ts, as the SVG drawing and the export use it), and the
// order they are drawn in: largest first, so a small circle is never hidden under a large one, the
// points without a value (small hollow circles) last. Worked out once per layer and column, not per
// repaint. Pure: the canvas draws in this order and its hit-test picks the last drawn.
import type { Feature } from 'geojson';
import type { ShapeParts } from './user-layer-geometry';
import { NO_VALUE_RADIUS, numericProperty, radiusFor } from '../style/proportional-symbols';

/** The smallest circle drawn for a value (as the SVG drawing's), in CSS pixels. */
export const MIN_SIZED_RADIUS = 1.5;

/** More than the parts a layer can have (1,000,000 positions at most, user-layer-geometry.ts). */
const PARTS = 2 ** 21;

export interface SizedPoints {
  /** per part: the circle's radius in CSS pixels (0 for a part that is not a point) */
  readonly radius: Float32Array;
  /** per part: 1 when its feature has no number in the column (drawn as a hollow circle) */
  readonly hollow: Uint8Array;
  /** the point parts in drawing order: largest first, then the hollow ones */
  readonly order: Uint32Array;
  /** per part: its place in `order` (later is on top); 0 for parts that are not points */
  readonly rank: Uint32Array;
  /** the largest radius drawn, for culling and hit-testing */
  readonly largest: number;
}

/** `sizes`: the column and the largest value of the whole layer (so a filter does not rescale them). */
export function sizedPoints(parts: ShapeParts, features: readonly Feature[], sizes: { column: string; max: number }): SizedPoints {
  const count = parts.kind.length;
  const radius = new Float32Array(count);
  const hollow = new Uint8Array(count);
  const points: number[] = [];
  let largest = 0;
  for (let p = 0; p < count; p++) {
    if (parts.kind[p] !== 'point') continue;
    points.push(p);
    const feature = features[parts.feature[p]!];
    const value = feature ? numericProperty(feature, sizes.column) : undefined;
    if (value === undefined) {
      hollow[p] = 1;
      radius[p] = NO_VALUE_RADIUS;
    } else radius[p] = Math.max(radiusFor(value, sizes.max), MIN_SIZED_RADIUS);
    if (radius[p]! > largest) largest = radius[p]!;
  }
  // One number per point, sorted natively (a comparator took 50 ms for 50,000): hollow circles after
  // every valued one, valued ones by radius down (to a thousandth of a pixel), ties in part order.
  const keys = new Float64Array(points.length);
  points.forEach((p, k) => (keys[k] = (hollow[p]! * 2 ** 16 + Math.round((largest - radius[p]!) * 1000)) * PARTS + p));
  keys.sort();
  const order = Uint32Array.from(keys, (key) => key % PARTS);
  const rank = new Uint32Array(count);
  order.forEach((p, k) => (rank[p] = k));
  return { radius, hollow, order, rank, largest };
}
