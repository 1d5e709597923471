// A new colour for what a canvas already shows, without drawing it again: every pixel in the old
// colour takes the new one and keeps its opacity. Exact for a layer drawn in one colour by the
// rasteriser (feature-canvas-raster.ts): a translucent fill blended over the same colour keeps that
// colour, outlines and markers are opaque, and nothing is anti-aliased; markers' white borders stay.
import { packColour, type Raster, type Rgb } from './feature-canvas-raster';

/** The colour's three channels of a packed pixel, in the platform's byte order. */
const RGB_MASK = ~packColour([0, 0, 0]) >>> 0;

/** Turns every pixel of colour `from` (at any opacity above zero) into `to` at the same opacity. */
export function recolourPixels(raster: Raster, from: Rgb, to: Rgb): void {
  const words = raster.words;
  const [old, next] = [packColour(from) & RGB_MASK, packColour(to) & RGB_MASK];
  const alpha = ~RGB_MASK;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word !== 0 && (word & RGB_MASK) === old) words[k] = (word & alpha) | next;
  }
}
