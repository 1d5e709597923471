// The default view's framing, as pure maths in Web Mercator so the map and the export frame alike.
// The subject (the planning area) fills a chosen share of the view's limiting dimension; the slack
// left around it goes towards the context (the two provinces), so western Sichuan stays in view
// at the edge without becoming the subject.

/** [west, south, east, north] in degrees */
export type BBox = [number, number, number, number];

export interface FrameOptions {
  /** the view's width and height in pixels (what is left uncovered by panels) */
  width: number;
  height: number;
  /** share (0–1] of the limiting dimension that the subject fills */
  share: number;
}

const RAD = Math.PI / 180;
/** Web Mercator y of a latitude, in the same unit as longitude degrees */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
export const latitudeOf = (y: number): number => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/**
 * Where the slack goes along one axis: split between the two sides in proportion to how much
 * context lies beyond the subject on each side (so neither side runs past its context while the other
 * still has some); slack beyond all the context is split evenly.
 */
function placeAxis(lo: number, hi: number, contextLo: number, contextHi: number, span: number): [number, number] {
  const slack = span - (hi - lo);
  const before = Math.max(0, lo - contextLo);
  const after = Math.max(0, contextHi - hi);
  const toBefore = slack >= before + after ? before + (slack - before - after) / 2 : (slack * before) / (before + after);
  return [lo - toBefore, hi + (slack - toBefore)];
}

/**
 * The frame (same aspect ratio as the view) in which the subject fills `share` of the limiting
 * dimension, shifted towards the context. Fitting the map to it without zoom snapping gives that share.
 */
export function frameAround(subject: BBox, context: BBox, options: FrameOptions): BBox {
  const [w, s, e, n] = subject;
  const sx = e - w;
  const sy = mercatorY(n) - mercatorY(s);
  const aspect = options.width / options.height;
  const share = Math.min(1, Math.max(0.05, options.share));
  // the limiting dimension is the one the subject fills first
  const [fx, fy] = sx / sy > aspect ? [sx / share, sx / share / aspect] : [(sy / share) * aspect, sy / share];
  const [west, east] = placeAxis(w, e, context[0], context[2], fx);
  const [bottom, top] = placeAxis(mercatorY(s), mercatorY(n), mercatorY(context[1]), mercatorY(context[3]), fy);
  return [west, latitudeOf(bottom), east, latitudeOf(top)];
}
