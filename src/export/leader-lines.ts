// Whether a leader line would run across a label or another leader on the exported page: exact
// segment geometry, so a number is never joined to its symbol by a line through another name.
import type { Box } from './layout.ts';

export type Point = readonly [number, number];
export interface Segment {
  from: Point;
  to: Point;
}

/** Whether the segment passes through the inside of the box (shrunk by `inset`: touching an edge is not crossing). */
export function segmentCrossesBox({ from: a, to: b }: Segment, box: Box, inset = 0.5): boolean {
  const [x0, y0, x1, y1] = [box.x + inset, box.y + inset, box.x + box.width - inset, box.y + box.height - inset];
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky: clip the segment to the box; it crosses when something is left
  let t0 = 0;
  let t1 = 1;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  for (const [p, q] of [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether two segments cross (not merely touch at an end). */
export function segmentsCross(p: Segment, q: Segment): boolean {
  const side = (a: Point, b: Point, c: Point) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return side(p.from, p.to, q.from) * side(p.from, p.to, q.to) < 0 && side(q.from, q.to, p.from) * side(q.from, q.to, p.to) < 0;
}
