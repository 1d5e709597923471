// Where a name may go on the exported page: the positions a seat, a project symbol, a corridor or a
// zone offers its label, best first, in page pixels. Pure geometry; placement (label-placement) picks.
import type { GeoProjection } from 'd3-geo';
import type { ProjectFeature } from '../types.ts';
import type { Box } from './layout.ts';

/** A label's text block centred at (x, y); `leader` when it sits away from its symbol and needs a line to it. */
export interface LabelSpot {
  x: number;
  y: number;
  leader: boolean;
}

/** The page box a text block of this size takes when centred on the spot. */
export function boxAt(spot: { x: number; y: number }, width: number, height: number): Box {
  return { x: spot.x - width / 2, y: spot.y - height / 2, width, height };
}

const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0.7, -0.7],
  [0.7, 0.7],
  [-0.7, -0.7],
  [-0.7, 0.7],
  [0, -1],
  [0, 1],
];

/** Sixteen directions round the compass, right first, for the farther rings where a crowd leaves only gaps. */
const FAR_DIRECTIONS: [number, number][] = Array.from({ length: 16 }, (_, i) => {
  const a = (i * Math.PI) / 8;
  return [Math.round(Math.cos(a) * 1000) / 1000, Math.round(-Math.sin(a) * 1000) / 1000];
});

/**
 * Around a symbol of radius `r`: beside it in eight directions (right first, as map labels read),
 * then farther out, with a leader line, for a crowded spot: the eight directions on the first
 * leader ring, sixteen beyond it.
 */
export function spotsAroundPoint(px: number, py: number, r: number, width: number, height: number, gap: number, leaderSteps: readonly number[]): LabelSpot[] {
  const ring = (extra: number, leader: boolean, directions = DIRECTIONS) =>
    directions.map(([dx, dy]) => ({
      // the block's near edge (not its centre) sits `r + gap + extra` from the symbol
      x: px + dx * (r + gap + extra) + Math.sign(dx) * (width / 2),
      y: py + dy * (r + gap + extra) + Math.sign(dy) * (height / 2),
      leader,
    }));
  return [...ring(0, false), ...leaderSteps.flatMap((step, i) => ring(step, true, i === 0 ? DIRECTIONS : FAR_DIRECTIONS))];
}

/** The projected path of a line feature, the longest part inside the frame. */
function projectedLine(feature: ProjectFeature, projection: GeoProjection, frame: Box): [number, number][] {
  const g = feature.geometry;
  const parts = g.type === 'LineString' ? [g.coordinates] : [];
  let best: [number, number][] = [];
  for (const part of parts) {
    let run: [number, number][] = [];
    for (const c of part) {
      const p = projection(c as [number, number]);
      const inside = p && p[0] >= frame.x && p[0] <= frame.x + frame.width && p[1] >= frame.y && p[1] <= frame.y + frame.height;
      if (inside) run.push(p);
      if (!inside || c === part[part.length - 1]) {
        if (run.length > best.length) best = run;
        run = [];
      }
    }
  }
  return best;
}

/** Points at these fractions of a path's length. */
function alongPath(path: readonly [number, number][], fractions: readonly number[]): [number, number][] {
  const lengths = path.slice(1).map((p, i) => Math.hypot(p[0] - path[i]![0], p[1] - path[i]![1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (path.length < 2 || total === 0) return path.slice(0, 1);
  return fractions.map((f) => {
    let left = f * total;
    for (let i = 0; i < lengths.length; i++) {
      const len = lengths[i]!;
      if (left <= len) {
        const t = len === 0 ? 0 : left / len;
        const [a, b] = [path[i]!, path[i + 1]!];
        return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] as [number, number];
      }
      left -= len;
    }
    return path[path.length - 1]!;
  });
}

/** Where the feature sits for a number or a leader: its point, its anchor, or the middle of its line in the frame. */
export function featureAnchor(feature: ProjectFeature, projection: GeoProjection, frame: Box): [number, number] | null {
  if (feature.geometry.type === 'LineString') {
    return alongPath(projectedLine(feature, projection, frame), [0.5])[0] ?? null;
  }
  const at = feature.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : feature.properties.anchor;
  const p = projection(at);
  if (!p || p[0] < frame.x || p[0] > frame.x + frame.width || p[1] < frame.y || p[1] > frame.y + frame.height) return null;
  return p;
}
