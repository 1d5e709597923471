// Circles for the canvas rasteriser (feature-canvas-raster.ts): a translucent fill blended over what
// is drawn, inside an opaque outline, written straight into the pixel buffer a row at a time. A
// pixel belongs to the circle when its centre does; no anti-aliasing, as for the rest of the canvas.
// A fill over empty pixels or over the same colour only raises the opacity (one table look-up), so
// a layer in one colour stays in one colour and can be recoloured in place (canvas-recolour.ts).
import { packColour, type Raster, type Rgb } from './feature-canvas-raster';

/** The colour's three channels of a packed pixel, in the platform's byte order. */
const RGB_MASK = ~packColour([0, 0, 0]) >>> 0;
const ALPHA_SHIFT = packColour([0, 0, 0]) >>> 0 === 0xff000000 ? 24 : 0;

/** A translucent fill, prepared once per colour. */
export interface CircleFill {
  readonly rgb: Rgb;
  readonly alpha: number;
  /** the colour's channels, packed (masked as pixels are, for comparing with them) */
  readonly bits: number;
  /** the packed pixel after the fill, by the opacity before (0–255) of a pixel in this colour or empty */
  readonly over: Uint32Array;
}

export function circleFill(rgb: Rgb, alpha: number): CircleFill {
  const bits = packColour(rgb) & RGB_MASK;
  const over = Uint32Array.from({ length: 256 }, (_, a) => (bits | (Math.round(255 * (alpha + (a / 255) * (1 - alpha))) << ALPHA_SHIFT)) >>> 0);
  return { rgb, alpha, bits, over };
}

function fillSpan(buffer: Raster, y: number, x0: number, x1: number, fill: CircleFill): void {
  const words = buffer.words;
  const data = buffer.data;
  const { bits, over, alpha, rgb } = fill;
  const keep = 1 - alpha;
  for (let k = y * buffer.width + x0, stop = y * buffer.width + x1; k <= stop; k++) {
    const word = words[k]!;
    if (word === 0 || (word & RGB_MASK) === bits) {
      words[k] = over[(word >>> ALPHA_SHIFT) & 255]!;
      continue;
    }
    // another colour underneath: source-over on the non-premultiplied buffer, as fillPolygon does
    const p = k * 4;
    const a = data[p + 3]! / 255;
    const outA = alpha + a * keep;
    data[p] = (rgb[0] * alpha + data[p]! * a * keep) / outA;
    data[p + 1] = (rgb[1] * alpha + data[p + 1]! * a * keep) / outA;
    data[p + 2] = (rgb[2] * alpha + data[p + 2]! * a * keep) / outA;
    data[p + 3] = outA * 255;
  }
}

function strokeSpan(buffer: Raster, y: number, x0: number, x1: number, word: number): void {
  const words = buffer.words;
  for (let k = y * buffer.width + x0, stop = y * buffer.width + x1; k <= stop; k++) words[k] = word;
}

/**
 * A circle of radius `r` (pixels) centred on (cx, cy): filled with `fill` (hollow when null) inside
 * an outline `border` pixels wide in the packed opaque colour `stroke`. Clipped to the buffer.
 */
export function drawCircle(buffer: Raster, cx: number, cy: number, r: number, fill: CircleFill | null, stroke: number, border: number): void {
  const inner = r - border;
  const yFirst = Math.max(0, Math.ceil(cy - r - 0.5));
  const yLast = Math.min(buffer.height - 1, Math.floor(cy + r - 0.5));
  const right = buffer.width - 1;
  for (let y = yFirst; y <= yLast; y++) {
    const dy = y + 0.5 - cy;
    const outer = Math.sqrt(Math.max(0, r * r - dy * dy));
    const x0 = Math.max(0, Math.ceil(cx - outer - 0.5));
    const x1 = Math.min(right, Math.floor(cx + outer - 0.5));
    if (x0 > x1) continue;
    if (inner <= 0 || Math.abs(dy) >= inner) {
      strokeSpan(buffer, y, x0, x1, stroke);
      continue;
    }
    const half = Math.sqrt(inner * inner - dy * dy);
    const xi0 = Math.max(x0, Math.ceil(cx - half - 0.5));
    const xi1 = Math.min(x1, Math.floor(cx + half - 0.5));
    strokeSpan(buffer, y, x0, Math.min(x1, xi0 - 1), stroke);
    strokeSpan(buffer, y, Math.max(x0, xi1 + 1), x1, stroke);
    if (fill !== null && xi0 <= xi1) fillSpan(buffer, y, xi0, xi1, fill);
  }
}
