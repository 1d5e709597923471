// Leader lines of a page's labels: a name set away from its symbol is joined to it by a short line
// from the nearest point of the name's box to the edge of the symbol. The line claims its path too
// (a chain of thin boxes), so the placement keeps other names and symbols off it. Only a page has
// leaders: this is loaded with the export and given to the layout in its page options.
import type { Box } from './box-index';
import { rotatedBoxes } from './line-label';

export type LeaderPoint = readonly [number, number];

/** A leader line: `from` on the label's box, `to` on the edge of the symbol it names. */
export interface Leader {
  from: LeaderPoint;
  to: LeaderPoint;
}

/** Where a leader from `to` meets a label's box: the point of the box nearest it. */
export function leaderEnd(box: Box, to: readonly [number, number]): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  return [clamp(to[0], box.x, box.x + box.width), clamp(to[1], box.y, box.y + box.height)];
}

/**
 * The boxes along a leader line from the edge of its symbol to the label's box (a thin chain, as
 * for rotated text), so the placement keeps other names and symbols off the line.
 */
export function leaderBoxes(symbol: { x: number; y: number; radius: number }, box: Box, unit: number): Box[] {
  const [ex, ey] = leaderEnd(box, [symbol.x, symbol.y]);
  const length = Math.hypot(ex - symbol.x, ey - symbol.y);
  const start = symbol.radius + 2 * unit;
  if (length - start <= unit) return [];
  const [ux, uy] = [(ex - symbol.x) / length, (ey - symbol.y) / length];
  const span = length - start;
  const [cx, cy] = [symbol.x + ux * (start + span / 2), symbol.y + uy * (start + span / 2)];
  return rotatedBoxes(cx, cy, span, 3 * unit, (Math.atan2(uy, ux) * 180) / Math.PI);
}
