import { describe, expect, it } from 'vitest';
import { circleFill, drawCircle } from '../../src/map/canvas-circle';
import { packColour, rasterOf, type Raster, type Rgb } from '../../src/map/feature-canvas-raster';

function blank(width: number, height: number): Raster {
  return rasterOf({ width, height, data: new Uint8ClampedArray(width * height * 4) });
}
const pixel = (r: Raster, x: number, y: number): number[] => [...r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 4)];
const PURPLE: Rgb = [118, 42, 131];
const EMPTY = [0, 0, 0, 0];
const fill = circleFill(PURPLE, 0.45);
const outline = packColour(PURPLE);

describe('drawCircle', () => {
  it('fills the inside translucently within an opaque outline, and nothing outside', () => {
    const r = blank(40, 40);
    drawCircle(r, 20, 20, 10, fill, outline, 1);
    expect(pixel(r, 20, 20)).toEqual([...PURPLE, 115]);
    expect(pixel(r, 29, 20)).toEqual([...PURPLE, 255]); // the right edge
    expect(pixel(r, 20, 10)).toEqual([...PURPLE, 255]); // the top edge
    expect(pixel(r, 31, 20)).toEqual(EMPTY);
    // the box's corner is outside the circle
    expect(pixel(r, 11, 11)).toEqual(EMPTY);
  });

  it('covers about the area of the circle', () => {
    const r = blank(60, 60);
    drawCircle(r, 30, 30, 20, fill, outline, 1);
    let covered = 0;
    for (let k = 3; k < r.data.length; k += 4) if (r.data[k]! > 0) covered++;
    expect(covered / (Math.PI * 400)).toBeGreaterThan(0.95);
    expect(covered / (Math.PI * 400)).toBeLessThan(1.05);
  });

  it('leaves a hollow circle empty inside', () => {
    const r = blank(20, 20);
    drawCircle(r, 10, 10, 3, null, outline, 1);
    expect(pixel(r, 10, 10)).toEqual(EMPTY);
    expect(pixel(r, 12, 10)).toEqual([...PURPLE, 255]);
  });

  it('keeps a small circle drawn over a large one visible: the fills add up and its outline stays opaque', () => {
    const r = blank(40, 40);
    drawCircle(r, 20, 20, 15, fill, outline, 1);
    drawCircle(r, 20, 20, 4, fill, outline, 1);
    // 0.45 over 0.45: 1 - 0.55², in the one colour (so the layer can be recoloured in place)
    expect(pixel(r, 20, 20)).toEqual([...PURPLE, Math.round(255 * (1 - 0.55 * 0.55))]);
    expect(pixel(r, 23, 20)).toEqual([...PURPLE, 255]);
    expect(pixel(r, 26, 20)).toEqual([...PURPLE, 115]);
  });

  it('blends over another colour', () => {
    const r = blank(20, 20);
    drawCircle(r, 10, 10, 6, circleFill([255, 255, 255], 1), packColour([255, 255, 255]), 1);
    drawCircle(r, 10, 10, 6, fill, outline, 1);
    const [red, green, blue, alpha] = pixel(r, 10, 10);
    expect(alpha).toBe(255);
    expect(red).toBe(Math.round(118 * 0.45 + 255 * 0.55));
    expect([green, blue]).toEqual([Math.round(42 * 0.45 + 255 * 0.55), Math.round(131 * 0.45 + 255 * 0.55)]);
  });

  it('clips a circle at the edge of the canvas', () => {
    const r = blank(10, 10);
    drawCircle(r, 0, 5, 6, fill, outline, 1);
    drawCircle(r, 12, 12, 4, fill, outline, 1);
    expect(pixel(r, 0, 5)).toEqual([...PURPLE, 115]);
    expect(pixel(r, 9, 9)).toEqual([...PURPLE, 255]);
  });
});
