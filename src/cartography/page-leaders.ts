// The leader lines of a printed page's names (the export's; the map on screen draws none): where a
// leader from a label's box meets its symbol, and which seat names need one. Given to the layout
// through its page options (PageLabelOptions.seatLeaders), so the map's first view does not carry it.
import type { Box } from './box-index';
import type { PlacementCandidate, LabelPosition } from './label-placement';
import { DOT_RADIUS, type DrawnSymbol, type LabelPlace } from './label-input';
import { leaderEnd, type Leader, type LeaderPoint } from './leader';
import { rotatedBoxes } from './line-label';

type Candidate = PlacementCandidate<LabelPlace>;

/** The boxes along a stretch of line, `3 × unit` wide (nothing when it is under a unit long). */
export function segmentBoxes(a: LeaderPoint, b: LeaderPoint, unit: number): Box[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length <= unit) return [];
  return rotatedBoxes((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, length, 3 * unit, (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI);
}

/** The leader from a label's box to the edge of a round symbol; null when the box reaches the symbol. */
export function leaderToSymbol(box: Box, symbol: { x: number; y: number; radius: number }): Leader | null {
  const from = leaderEnd(box, [symbol.x, symbol.y]);
  const length = Math.hypot(from[0] - symbol.x, from[1] - symbol.y);
  if (length <= symbol.radius) return null;
  const k = symbol.radius / length;
  return { from, to: [symbol.x + (from[0] - symbol.x) * k, symbol.y + (from[1] - symbol.y) * k] };
}

/** How far along a → b (0–1) the segment first enters the box; null when it misses it. */
export function segmentEntry(a: LeaderPoint, b: LeaderPoint, box: Box): number | null {
  let t0 = 0;
  let t1 = 1;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  for (const [p, q] of [[-dx, a[0] - box.x], [dx, box.x + box.width - a[0]], [-dy, a[1] - box.y], [dy, box.y + box.height - a[1]]] as const) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return t0;
}

/** How far along a → b (0–1) the segment first enters the disc; null when it misses it. */
export function discEntry(a: LeaderPoint, b: LeaderPoint, disc: { x: number; y: number; radius: number }): number | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const [fx, fy] = [a[0] - disc.x, a[1] - disc.y];
  const qa = dx * dx + dy * dy;
  const qb = 2 * (fx * dx + fy * dy);
  const qc = fx * fx + fy * fy - disc.radius * disc.radius;
  if (qc <= 0) return 0;
  const det = qb * qb - 4 * qa * qc;
  if (qa === 0 || det < 0) return null;
  const t = (-qb - Math.sqrt(det)) / (2 * qa);
  return t >= 0 && t <= 1 ? t : null;
}

/** A seat's name gets a leader when more than this many units lie between it and the mark on its seat: three times the usual gap. */
export const SEAT_LEADER_GAP = 9;

/** How far from a capital's dot a symbol may lie and still be the mark its name stands beside: the dot's nearest ring for a capital's name (`CAPITAL_RINGS` in place-labels.ts). */
const CAPITAL_SYMBOL_REACH = 14;

/**
 * On a page, a seat's name set away from its seat (a farther ring, or beside a neighbouring symbol)
 * gets a leader line from its box to the mark on the seat: the dot, or the edge of a project symbol
 * drawn over it. A name just beside a symbol drawn over its seat needs none. The line claims its path
 * up to that symbol, so no other name sits across it. Symbols change with the filters, so this is
 * worked out at each layout, after the candidates kept for the view.
 */
export function seatLeaders(candidates: readonly Candidate[], symbols: readonly DrawnSymbol[], unit = 1): Candidate[] {
  return candidates.map((candidate) => {
    const first = candidate.positions[0]?.place;
    if (!first || first.kind !== 'seat' || !first.dot) return candidate;
    const dot = first.dot;
    // a capital's name may also stand beside a symbol touching its dot's nearest ring (place-labels.ts): that symbol is its mark too
    const capitalReach = first.style === 'capital' ? CAPITAL_SYMBOL_REACH * unit : 0;
    const covering = symbols.filter((s) => Math.hypot(s.x - dot[0], s.y - dot[1]) < s.radius + capitalReach);
    const marks = [{ x: dot[0], y: dot[1], radius: DOT_RADIUS * unit }, ...covering];
    const along = (from: readonly [number, number], t: number): [number, number] => [from[0] + (dot[0] - from[0]) * t, from[1] + (dot[1] - from[1]) * t];
    const positions = candidate.positions.map((position): LabelPosition<LabelPlace> => {
      const box = position.boxes[0];
      if (!box) return position;
      const from = leaderEnd(box, dot);
      const reach = Math.min(1, ...marks.map((mark) => discEntry(from, dot, mark) ?? 1));
      const to = along(from, reach);
      if (Math.hypot(to[0] - from[0], to[1] - from[1]) <= SEAT_LEADER_GAP * unit) return position;
      // the symbols are kept clear of as squares: the claim stops a unit short of the covering one's
      const square = (s: DrawnSymbol): Box => ({ x: s.x - s.radius, y: s.y - s.radius, width: 2 * s.radius, height: 2 * s.radius });
      const stop = Math.min(reach, ...covering.map((s) => segmentEntry(from, dot, square(s)) ?? 1));
      const length = Math.hypot(dot[0] - from[0], dot[1] - from[1]);
      const claimEnd = along(from, Math.max(0, stop - unit / length));
      return { boxes: [...position.boxes, ...segmentBoxes(from, claimEnd, unit)], place: { ...position.place, leader: { from, to } } };
    });
    if (first.style !== 'capital') return { ...candidate, positions };
    // A capital is always named where its name finds room: when every leader would cross a symbol
    // (a dense cluster over the seat on a small page), its line may pass over them, still keeping
    // every other name off its path.
    const overSymbols = positions.flatMap((position): LabelPosition<LabelPlace>[] => {
      const leader = position.place.leader;
      const box = position.boxes[0];
      if (!leader || !box) return [];
      const length = Math.hypot(leader.to[0] - leader.from[0], leader.to[1] - leader.from[1]);
      const claimEnd: [number, number] = [leader.from[0] + (leader.to[0] - leader.from[0]) * Math.max(0, 1 - unit / length), leader.from[1] + (leader.to[1] - leader.from[1]) * Math.max(0, 1 - unit / length)];
      return [{ boxes: [box], claims: segmentBoxes(leader.from, claimEnd, unit), place: position.place }];
    });
    return { ...candidate, positions: [...positions, ...overSymbols] };
  });
}
