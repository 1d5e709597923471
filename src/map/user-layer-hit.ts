// Which part of a canvas-drawn user layer lies under a pixel. Points through a kdbush (the canvas
// feature layer's index); lines and polygons through a flatbush over their boxes, then exactly:
// inside a polygon (even-odd), or within a few screen pixels of a line or outline.
// All coordinates are zoom-0 world pixels; `scale` (2^zoom) turns screen pixels into them.
import Flatbush from 'flatbush';
import { buildPointHitIndex, pointAt, type PointHitIndex } from './feature-canvas-hit';
import type { ShapeParts } from './user-layer-geometry';
import type { SizedPoints } from './user-layer-sizes';

/** Distance from (px, py) to the segment a–b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether (x, y) is within `tolerance` of the polyline coords[start..end); `closed` adds the closing edge. */
export function nearPolyline(coords: ArrayLike<number>, start: number, end: number, x: number, y: number, tolerance: number, closed: boolean): boolean {
  if (end - start === 2) return Math.hypot(x - coords[start]!, y - coords[start + 1]!) <= tolerance;
  const last = closed ? end : end - 2;
  for (let i = start; i < last; i += 2) {
    const j = i + 2 < end ? i + 2 : start;
    if (distanceToSegment(x, y, coords[i]!, coords[i + 1]!, coords[j]!, coords[j + 1]!) <= tolerance) return true;
  }
  return false;
}

/** Even-odd rule over every ring in `ranges`, so holes are outside. */
export function insideRings(coords: ArrayLike<number>, ranges: readonly number[], x: number, y: number): boolean {
  let inside = false;
  for (let r = 0; r < ranges.length; r += 2) {
    const start = ranges[r]!;
    const end = ranges[r + 1]!;
    for (let i = start, j = end - 2; i < end; j = i, i += 2) {
      const yi = coords[i + 1]!;
      const yj = coords[j + 1]!;
      if (yi > y !== yj > y && x < ((coords[j]! - coords[i]!) * (y - yi)) / (yj - yi) + coords[i]!) inside = !inside;
    }
  }
  return inside;
}

export interface PartHitIndex {
  readonly points: PointHitIndex;
  /** indexes of the line and area parts, in the order they were added to `shapes` */
  readonly shapeParts: Uint32Array;
  readonly shapes: Flatbush | null;
  /** every part shown (a filtered layer is rebuilt, not masked) and drawn in part order */
  readonly shown: Uint8Array;
  readonly order: Uint32Array;
}

export function buildPartHitIndex(parts: ShapeParts): PartHitIndex {
  const points: [number, number, number][] = [];
  const shapeParts: number[] = [];
  parts.kind.forEach((kind, p) => {
    if (kind === 'point') points.push([p, parts.coords[parts.ranges[p]![0]!]!, parts.coords[parts.ranges[p]![0]! + 1]!]);
    else shapeParts.push(p);
  });
  let shapes: Flatbush | null = null;
  if (shapeParts.length > 0) {
    shapes = new Flatbush(shapeParts.length);
    for (const p of shapeParts) shapes.add(parts.boxes[p * 4]!, parts.boxes[p * 4 + 1]!, parts.boxes[p * 4 + 2]!, parts.boxes[p * 4 + 3]!);
    shapes.finish();
  }
  const order = Uint32Array.from(parts.kind, (_, p) => p);
  return { points: buildPointHitIndex(points), shapeParts: Uint32Array.from(shapeParts), shapes, shown: new Uint8Array(parts.kind.length).fill(1), order };
}

/**
 * The point part whose proportional circle (its radius in `sized`, screen pixels at `scale`) covers
 * (x, y); of several, the one drawn last (the smallest on top), or null.
 */
export function circleAt(index: PointHitIndex, parts: ShapeParts, sized: SizedPoints, x: number, y: number, scale: number): number | null {
  const reach = (sized.largest + 1) / scale;
  let best: number | null = null;
  for (const k of index.tree.range(x - reach, y - reach, x + reach, y + reach)) {
    const p = index.features[k];
    if (p === undefined) continue;
    const at = parts.ranges[p]![0]!;
    // half a pixel more: the outline is drawn on the circle's edge
    const inside = Math.hypot(x - parts.coords[at]!, y - parts.coords[at + 1]!) * scale <= sized.radius[p]! + 0.5;
    if (inside && (best === null || sized.rank[p]! > sized.rank[best]!)) best = p;
  }
  return best;
}

/**
 * The part under (x, y): a point marker (`markerPx` wide, or its circle when `sized`) first, as
 * points are drawn on top, then a line or outline within `tolerancePx`, then a polygon's inside; of
 * several, the last drawn.
 */
export function partAt(index: PartHitIndex, parts: ShapeParts, x: number, y: number, scale: number, markerPx: number, tolerancePx: number, sized?: SizedPoints): number | null {
  const point = sized ? circleAt(index.points, parts, sized, x, y, scale) : pointAt(index.points, x, y, markerPx, scale, index.shown, index.order);
  if (point !== null) return point;
  if (!index.shapes) return null;
  const tolerance = tolerancePx / scale;
  const candidates = index.shapes.search(x - tolerance, y - tolerance, x + tolerance, y + tolerance).map((k) => index.shapeParts[k]!).sort((a, b) => b - a);
  for (const p of candidates) {
    const rings = parts.ranges[p]!;
    const closed = parts.kind[p] === 'area';
    for (let r = 0; r < rings.length; r += 2) if (nearPolyline(parts.coords, rings[r]!, rings[r + 1]!, x, y, tolerance, closed)) return p;
  }
  for (const p of candidates) if (parts.kind[p] === 'area' && insideRings(parts.coords, parts.ranges[p]!, x, y)) return p;
  return null;
}

