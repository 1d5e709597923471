// Which feature a tap means: on a phone a finger covers about 40 px of map, and the element the
// browser hit-tests (a wide area, a line's halo, the last marker drawn) is often a neighbour of the
// one the reader aimed at. Pure: works on screen coordinates the caller projected.
//
// Rules: the nearest point or line within the radius wins; failing that, the smallest area that
// contains the tap; failing that, the nearest area outline within the radius; otherwise nothing.

export interface ScreenPoint {
  x: number;
  y: number;
}

export type TapCandidate =
  | { id: string; kind: 'point'; at: ScreenPoint }
  | { id: string; kind: 'line'; path: readonly ScreenPoint[] }
  /** rings: outer rings and holes of every part, screen coordinates */
  | { id: string; kind: 'area'; rings: readonly (readonly ScreenPoint[])[] };

/** The tap radius in CSS pixels (issue: "the nearest feature within 22 px"). */
export const TAP_RADIUS_PX = 22;

export function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export function distanceToPath(p: ScreenPoint, path: readonly ScreenPoint[]): number {
  if (path.length === 1) return Math.hypot(p.x - path[0]!.x, p.y - path[0]!.y);
  let best = Infinity;
  for (let i = 1; i < path.length; i += 1) best = Math.min(best, distanceToSegment(p, path[i - 1]!, path[i]!));
  return best;
}

/** Even-odd rule over all rings, so holes and multi-part areas come out right. */
export function insideRings(p: ScreenPoint, rings: readonly (readonly ScreenPoint[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

function ringArea(ring: readonly ScreenPoint[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) sum += (ring[j]!.x + ring[i]!.x) * (ring[j]!.y - ring[i]!.y);
  return Math.abs(sum) / 2;
}

/** The id of the feature a tap at `p` picks, or null (the tap is left to the map). */
export function pickFeature(p: ScreenPoint, candidates: readonly TapCandidate[], radius: number = TAP_RADIUS_PX): string | null {
  let near: { id: string; distance: number } | null = null;
  let container: { id: string; area: number } | null = null;
  let outline: { id: string; distance: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.kind === 'area') {
      if (insideRings(p, candidate.rings)) {
        const area = candidate.rings.reduce((sum, ring) => sum + ringArea(ring), 0);
        if (!container || area < container.area) container = { id: candidate.id, area };
      } else {
        const distance = Math.min(...candidate.rings.map((ring) => distanceToPath(p, [...ring, ring[0]!])));
        if (distance <= radius && (!outline || distance < outline.distance)) outline = { id: candidate.id, distance };
      }
      continue;
    }
    const distance = candidate.kind === 'point' ? Math.hypot(p.x - candidate.at.x, p.y - candidate.at.y) : distanceToPath(p, candidate.path);
    if (distance <= radius && (!near || distance < near.distance)) near = { id: candidate.id, distance };
  }
  return near?.id ?? container?.id ?? outline?.id ?? null;
}
