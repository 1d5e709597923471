// Where a name fits along a line on screen (a river, a corridor): a stretch as long as the text that
// is nearly straight, so the name can follow it as rotated text beside the line. The middle of the
// visible line and flat stretches are tried first. A rotated label claims a chain of small boxes
// along its length rather than one large axis-aligned box, so a diagonal name does not block the
// whole rectangle around it; the chain covers the rotated text completely.
import type { Box } from './box-index';

export type ScreenPoint = readonly [number, number];

export interface LineLabelSpot {
  /** centre of the text, in screen pixels */
  x: number;
  y: number;
  /** rotation of the text in degrees, clockwise, within (-90, 90] so it never reads upside down */
  angle: number;
  boxes: Box[];
}

export interface LineLabelOptions {
  /** text size in pixels */
  width: number;
  height: number;
  /** distance from the line to the near edge of the text */
  offset: number;
  /** at most this many spots (each in two sides of the line) */
  maxSpots?: number;
  /** steeper stretches are not used, in degrees */
  maxAngle?: number;
}

function cumulative(points: readonly ScreenPoint[]): number[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(x1 - x0, y1 - y0));
  }
  return lengths;
}

function pointAt(points: readonly ScreenPoint[], lengths: readonly number[], s: number): [number, number] {
  let i = 1;
  while (i < lengths.length - 1 && lengths[i]! < s) i++;
  const span = lengths[i]! - lengths[i - 1]! || 1;
  const t = Math.min(1, Math.max(0, (s - lengths[i - 1]!) / span));
  const [x0, y0] = points[i - 1]!;
  const [x1, y1] = points[i]!;
  return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
}

/** The boxes covering a w × h rectangle centred on (cx, cy) and rotated by `angle` degrees. */
export function rotatedBoxes(cx: number, cy: number, width: number, height: number, angle: number): Box[] {
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const pieces = Math.abs(sin) < 0.02 ? 1 : Math.max(1, Math.ceil(width / height));
  const step = width / pieces;
  const ex = (step / 2) * Math.abs(cos) + (height / 2) * Math.abs(sin);
  const ey = (step / 2) * Math.abs(sin) + (height / 2) * Math.abs(cos);
  const boxes: Box[] = [];
  for (let i = 0; i < pieces; i++) {
    const along = -width / 2 + (i + 0.5) * step;
    const px = cx + along * cos;
    const py = cy + along * sin;
    boxes.push({ x: px - ex, y: py - ey, width: 2 * ex, height: 2 * ey });
  }
  return boxes;
}

/** Spots along the polyline where the text fits, best first; none when the line is too short or too curved. */
export function lineLabelSpots(points: readonly ScreenPoint[], options: LineLabelOptions): LineLabelSpot[] {
  const { width, height, offset } = options;
  const maxAngle = options.maxAngle ?? 70;
  if (points.length < 2) return [];
  const lengths = cumulative(points);
  const total = lengths[lengths.length - 1]!;
  const need = width * 1.1;
  if (total < need) return [];
  const step = Math.max(width / 2, 24);
  const middle = total / 2;
  const centres: number[] = [middle];
  for (let d = step; middle - d >= need / 2 || middle + d <= total - need / 2; d += step) {
    if (middle + d <= total - need / 2) centres.push(middle + d);
    if (middle - d >= need / 2) centres.push(middle - d);
  }
  const scored: { spot: LineLabelSpot[]; score: number }[] = [];
  for (const s of centres) {
    const a = pointAt(points, lengths, s - width / 2);
    const b = pointAt(points, lengths, s + width / 2);
    const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (chord < width * 0.9) continue; // too curved: the text would leave the line
    // every vertex of the stretch within half a text height of the chord
    const nx = -(b[1] - a[1]) / chord;
    const ny = (b[0] - a[0]) / chord;
    let straight = true;
    for (let i = 0; i < points.length && straight; i++) {
      if (lengths[i]! <= s - width / 2 || lengths[i]! >= s + width / 2) continue;
      const [px, py] = points[i]!;
      if (Math.abs((px - a[0]) * nx + (py - a[1]) * ny) > height * 0.5) straight = false;
    }
    if (!straight) continue;
    let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    if (Math.abs(angle) > maxAngle) continue;
    // the normal that points up the screen (the text's "above" side)
    const rad = (angle * Math.PI) / 180;
    const upX = Math.sin(rad);
    const upY = -Math.cos(rad);
    const cx = (a[0] + b[0]) / 2;
    const cy = (a[1] + b[1]) / 2;
    const shift = offset + height / 2;
    const sides = [1, -1].map((side) => {
      const x = cx + upX * shift * side;
      const y = cy + upY * shift * side;
      return { x, y, angle, boxes: rotatedBoxes(x, y, width, height, angle) };
    });
    scored.push({ spot: sides, score: Math.abs(s - middle) / total + Math.abs(angle) / 180 });
  }
  scored.sort((p, q) => p.score - q.score);
  return scored.slice(0, options.maxSpots ?? 4).flatMap((entry) => entry.spot);
}

/**
 * Horizontal spots beside a line, for a writer without rotated text (the PDF page): at the middle of
 * the line, then a third and two thirds along, then near the ends; above the line first, then below.
 */
export function levelLineSpots(points: readonly ScreenPoint[], options: LineLabelOptions): LineLabelSpot[] {
  const { width, height, offset } = options;
  if (points.length < 2) return [];
  const lengths = cumulative(points);
  const total = lengths[lengths.length - 1]!;
  if (total === 0) return [];
  return [0.5, 0.35, 0.65, 0.2, 0.8].flatMap((f) => {
    const [x, y] = pointAt(points, lengths, f * total);
    return [-1, 1].map((side) => {
      const cy = y + side * (offset + height / 2);
      return { x, y: cy, angle: 0, boxes: [{ x: x - width / 2, y: cy - height / 2, width, height }] };
    });
  });
}
