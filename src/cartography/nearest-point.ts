// The nearest of some screen points to a spot, within a radius: what a finger meant to tap. Pure
// (screen pixels in, an index out), so the map's tap handling and any other renderer share it.

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Index of the point nearest to `spot` whose distance is at most `radius` pixels, or -1 when none is
 * that close. Ties go to the earlier point (callers list what is drawn on top first).
 */
export function nearestWithin(points: readonly ScreenPoint[], spot: ScreenPoint, radius: number): number {
  let best = -1;
  let bestDistance = radius * radius;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as ScreenPoint;
    const d = (p.x - spot.x) ** 2 + (p.y - spot.y) ** 2;
    if (d < bestDistance || (d === bestDistance && best === -1)) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/** How far below `clearBottom` (e.g. the top of a bottom sheet) a point lies, plus a margin; 0 if it is clear. */
export function overlapBelow(pointY: number, clearBottom: number, margin: number): number {
  return Math.max(0, pointY - (clearBottom - margin));
}

/**
 * How far something spanning `top`..`bottom` on screen must move up to clear an edge below it by
 * `margin`, without pushing its top closer than `margin` to the top of the screen (a mark taller than
 * the room left goes up as far as that allows). 0 when it is clear already.
 */
export function shiftAbove(top: number, bottom: number, clearBottom: number, margin: number): number {
  return Math.max(0, Math.min(overlapBelow(bottom, clearBottom, margin), top - margin));
}
