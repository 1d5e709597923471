// A tiny rasteriser for the canvas feature layer: squares, thick dashed polylines and even-odd
// polygon fills written straight into an RGBA pixel buffer. Why not the canvas path API: with
// tens of thousands of features, Chromium's software canvas spends most of a filter change
// anti-aliasing and dashing paths after the script has run (see README "Rendering"); writing the
// pixels ourselves and handing them over with one putImageData leaves almost nothing to rasterise.
// No anti-aliasing: at benchmark scale (8 px markers, 2–3 px lines) it is not missed.

export interface PixelBuffer {
  readonly width: number;
  readonly height: number;
  /** RGBA, row-major, not premultiplied (ImageData layout) */
  readonly data: Uint8ClampedArray;
}

export type Rgb = readonly [number, number, number];

/** '#rgb' or '#rrggbb' -> [r, g, b]; anything else is black (symbology only uses hex colours). */
export function parseHexColour(hex: string): Rgb {
  const six = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  const three = /^#([0-9a-f]{3})$/i.exec(hex)?.[1];
  const full = six ?? (three ? [...three].map((c) => c + c).join('') : '000000');
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A pixel buffer with a 32-bit view of it, for writing whole opaque pixels at once. */
export interface Raster extends PixelBuffer {
  readonly words: Uint32Array;
}

export function rasterOf(buffer: PixelBuffer): Raster {
  return { width: buffer.width, height: buffer.height, data: buffer.data, words: new Uint32Array(buffer.data.buffer, buffer.data.byteOffset, buffer.width * buffer.height) };
}

/** Opaque colour as one 32-bit word in the platform's byte order (the value `words` holds). */
export function packColour(rgb: Rgb): number {
  const probe = new Uint8ClampedArray([rgb[0], rgb[1], rgb[2], 255]);
  return new Uint32Array(probe.buffer)[0]!;
}

/** Opaque horizontal span [x0, x1] (inclusive) on row y, clipped to the buffer. */
function span(buffer: Raster, out: Uint32Array, y: number, x0: number, x1: number, word: number): void {
  if (y < 0 || y >= buffer.height) return;
  const a = Math.max(0, x0);
  const b = Math.min(buffer.width - 1, x1);
  if (a > b) return;
  // a plain loop: markers and line widths are a few pixels, where fill()'s call overhead dominates
  for (let k = y * buffer.width + a, stop = y * buffer.width + b; k <= stop; k++) out[k] = word;
}

/**
 * Square marker centred on (cx, cy): `size` px wide, filled with the packed colour `fill` (or
 * hollow when null) and bordered `border` px in `stroke`.
 */
export function drawSquare(buffer: Raster, cx: number, cy: number, size: number, fill: number | null, stroke: number, border: number): void {
  const out = buffer.words;
  const x0 = Math.round(cx - size / 2);
  const y0 = Math.round(cy - size / 2);
  const x1 = x0 + size - 1;
  const y1 = y0 + size - 1;
  const edge = stroke;
  const inner = fill;
  const w = buffer.width;
  if (x0 >= 0 && y0 >= 0 && x1 < w && y1 < buffer.height) {
    // wholly inside: no clipping per span
    for (let y = y0; y <= y1; y++) {
      const row = y * w;
      if (y < y0 + border || y > y1 - border) {
        for (let x = row + x0; x <= row + x1; x++) out[x] = edge;
        continue;
      }
      for (let k = 0; k < border; k++) out[row + x0 + k] = out[row + x1 - k] = edge;
      if (inner !== null) for (let x = row + x0 + border; x <= row + x1 - border; x++) out[x] = inner;
    }
    return;
  }
  for (let y = y0; y <= y1; y++) {
    if (y < y0 + border || y > y1 - border) {
      span(buffer, out, y, x0, x1, edge);
      continue;
    }
    span(buffer, out, y, x0, x0 + border - 1, edge);
    span(buffer, out, y, x1 - border + 1, x1, edge);
    if (inner !== null) span(buffer, out, y, x0 + border, x1 - border, inner);
  }
}

/** Whether the point `distance` px along a line falls on a dash (true for solid lines). */
export function onDash(distance: number, dash: readonly number[], period: number): boolean {
  if (dash.length === 0 || period <= 0) return true;
  let d = distance % period;
  for (let k = 0; k < dash.length; k++) {
    d -= dash[k]!;
    if (d < 0) return k % 2 === 0;
  }
  return false;
}

/**
 * Polyline through coords[start..end) (x, y interleaved, pixels), `width` px thick, dashed by
 * `dash` (canvas setLineDash convention, distance carried across vertices); `closed` joins the
 * last vertex to the first.
 */
export function strokePolyline(buffer: Raster, coords: ArrayLike<number>, start: number, end: number, width: number, word: number, dash: readonly number[], closed: boolean): void {
  const out = buffer.words;
  const thick = Math.max(1, Math.round(width));
  const half = (thick - 1) / 2;
  const period = dash.reduce((sum, d) => sum + d, 0);
  let travelled = 0;
  const last = closed ? end : end - 2;
  for (let i = start; i < last; i += 2) {
    const j = i + 2 < end ? i + 2 : start;
    const ax = coords[i]!;
    const ay = coords[i + 1]!;
    const dx = coords[j]! - ax;
    const dy = coords[j + 1]! - ay;
    const length = Math.hypot(dx, dy);
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy))));
    const xMajor = Math.abs(dx) >= Math.abs(dy);
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      if (period > 0 && !onDash(travelled + t * length, dash, period)) continue;
      const x = ax + t * dx;
      const y = ay + t * dy;
      if (xMajor) {
        const px = Math.round(x);
        if (px < 0 || px >= buffer.width) continue;
        const top = Math.max(0, Math.round(y - half));
        const bottom = Math.min(buffer.height - 1, Math.round(y - half) + thick - 1);
        for (let row = top; row <= bottom; row++) out[row * buffer.width + px] = word;
      } else {
        const left = Math.round(x - half);
        span(buffer, out, Math.round(y), left, left + thick - 1, word);
      }
    }
    travelled += length;
  }
}

/**
 * Fills the rings listed in `ranges` ([start, end) pairs into coords, pixels) with the even-odd
 * rule, blending `rgb` at `alpha` over what is there: a pixel is inside when its centre is.
 */
const scratchCrossings = new Float64Array(4096);

export function fillPolygon(buffer: PixelBuffer, coords: ArrayLike<number>, ranges: readonly number[], rgb: Rgb, alpha: number): void {
  let minY = Infinity;
  let maxY = -Infinity;
  for (let r = 0; r < ranges.length; r += 2) {
    for (let k = ranges[r]!; k < ranges[r + 1]!; k += 2) {
      minY = Math.min(minY, coords[k + 1]!);
      maxY = Math.max(maxY, coords[k + 1]!);
    }
  }
  const data = buffer.data;
  const keep = 1 - alpha;
  const [sr, sg, sb] = [rgb[0] * alpha, rgb[1] * alpha, rgb[2] * alpha];
  const crossings = scratchCrossings;
  const yFirst = Math.max(0, Math.ceil(minY - 0.5));
  const yLast = Math.min(buffer.height - 1, Math.floor(maxY - 0.5));
  for (let y = yFirst; y <= yLast; y++) {
    const yc = y + 0.5;
    let count = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      const start = ranges[r]!;
      const end = ranges[r + 1]!;
      for (let i = start; i < end; i += 2) {
        const j = i + 2 < end ? i + 2 : start;
        const ya = coords[i + 1]!;
        const yb = coords[j + 1]!;
        if ((ya <= yc && yc < yb) || (yb <= yc && yc < ya)) {
          const x = coords[i]! + ((yc - ya) * (coords[j]! - coords[i]!)) / (yb - ya);
          // insertion sort: a row of a feature crosses only a handful of edges
          let k = count++;
          if (count > crossings.length) return; // more crossings on one row than any feature needs here
          while (k > 0 && crossings[k - 1]! > x) crossings[k] = crossings[--k]!;
          crossings[k] = x;
        }
      }
    }
    for (let c = 0; c + 1 < count; c += 2) {
      const x0 = Math.max(0, Math.ceil(crossings[c]! - 0.5));
      const x1 = Math.min(buffer.width - 1, Math.floor(crossings[c + 1]! - 0.5));
      for (let x = x0; x <= x1; x++) {
        const p = (y * buffer.width + x) * 4;
        const a = data[p + 3]! / 255;
        // source-over on a non-premultiplied buffer
        const outA = alpha + a * keep;
        data[p] = (sr + data[p]! * a * keep) / outA;
        data[p + 1] = (sg + data[p + 1]! * a * keep) / outA;
        data[p + 2] = (sb + data[p + 2]! * a * keep) / outA;
        data[p + 3] = outA * 255;
      }
    }
  }
}
