import { describe, expect, it } from 'vitest';
import { drawSquare, fillPolygon, onDash, packColour, parseHexColour, rasterOf, strokePolyline, type Raster } from '../../src/map/feature-canvas-raster';

function blank(width: number, height: number): Raster {
  return rasterOf({ width, height, data: new Uint8ClampedArray(width * height * 4) });
}
const pixel = (r: Raster, x: number, y: number): number[] => [...r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 4)];
const RED = [213, 94, 0, 255];
const WHITE = [255, 255, 255, 255];
const EMPTY = [0, 0, 0, 0];

describe('parseHexColour', () => {
  it('reads six- and three-digit hex colours', () => {
    expect(parseHexColour('#D55E00')).toEqual([213, 94, 0]);
    expect(parseHexColour('#fff')).toEqual([255, 255, 255]);
  });
  it('falls back to black for anything else', () => {
    expect(parseHexColour('red')).toEqual([0, 0, 0]);
  });
});

describe('onDash', () => {
  it('is always on for a solid line', () => {
    expect(onDash(123.4, [], 0)).toBe(true);
  });
  it('follows the on/off pattern and repeats it', () => {
    expect(onDash(0.5, [2, 3], 5)).toBe(true);
    expect(onDash(2.5, [2, 3], 5)).toBe(false);
    expect(onDash(5.5, [2, 3], 5)).toBe(true);
    expect(onDash(9.9, [2, 3], 5)).toBe(false);
  });
});

describe('drawSquare', () => {
  const red = packColour([213, 94, 0]);
  const white = packColour([255, 255, 255]);
  it('fills the inside and borders it, leaving the rest untouched', () => {
    const r = blank(20, 20);
    drawSquare(r, 10, 10, 8, red, white, 1); // covers 6..13
    expect(pixel(r, 6, 6)).toEqual(WHITE);
    expect(pixel(r, 13, 10)).toEqual(WHITE);
    expect(pixel(r, 10, 10)).toEqual(RED);
    expect(pixel(r, 5, 10)).toEqual(EMPTY);
    expect(pixel(r, 14, 10)).toEqual(EMPTY);
  });
  it('leaves a hollow marker open inside', () => {
    const r = blank(20, 20);
    drawSquare(r, 10, 10, 8, null, red, 2);
    expect(pixel(r, 7, 10)).toEqual(RED);
    expect(pixel(r, 10, 10)).toEqual(EMPTY);
  });
  it('clips at the edge of the buffer', () => {
    const r = blank(10, 10);
    drawSquare(r, 0, 0, 8, red, white, 1);
    expect(pixel(r, 0, 0)).toEqual(RED);
    expect(pixel(r, 3, 3)).toEqual(WHITE);
    expect(pixel(r, 4, 4)).toEqual(EMPTY);
  });
});

describe('strokePolyline', () => {
  const red = packColour([213, 94, 0]);
  it('draws a solid line of the given width', () => {
    const r = blank(20, 10);
    strokePolyline(r, [2, 5, 17, 5], 0, 4, 3, red, [], false);
    for (const x of [2, 10, 17]) for (const y of [4, 5, 6]) expect(pixel(r, x, y)).toEqual(RED);
    expect(pixel(r, 10, 3)).toEqual(EMPTY);
    expect(pixel(r, 10, 7)).toEqual(EMPTY);
    expect(pixel(r, 18, 5)).toEqual(EMPTY);
  });
  it('leaves the gaps of a dash pattern empty', () => {
    const r = blank(20, 3);
    strokePolyline(r, [0, 1, 19, 1], 0, 4, 1, red, [2, 2], false);
    const row = Array.from({ length: 20 }, (_, x) => pixel(r, x, 1)[3]);
    expect(row.slice(0, 8)).toEqual([255, 255, 0, 0, 255, 255, 0, 0]);
  });
  it('closes a ring back to its first vertex', () => {
    const r = blank(12, 12);
    strokePolyline(r, [2, 2, 9, 2, 9, 9, 2, 9], 0, 8, 1, red, [], true);
    expect(pixel(r, 2, 5)).toEqual(RED); // the closing edge, x = 2
    expect(pixel(r, 5, 5)).toEqual(EMPTY);
  });
});

describe('fillPolygon', () => {
  it('blends the fill at its opacity over an empty buffer and leaves the outside alone', () => {
    const r = blank(10, 10);
    fillPolygon(r, [2, 2, 8, 2, 8, 8, 2, 8], [0, 8], [200, 100, 0], 0.5);
    const inside = pixel(r, 5, 5);
    expect(inside[0]).toBeCloseTo(200, -1);
    expect(inside[1]).toBeCloseTo(100, -1);
    expect(inside[3]).toBeCloseTo(128, -1);
    expect(pixel(r, 1, 5)).toEqual(EMPTY);
    expect(pixel(r, 8, 5)).toEqual(EMPTY); // pixel centre 8.5 is outside
  });
  it('mixes with what is already drawn', () => {
    const r = blank(4, 4);
    r.words.fill(packColour([0, 0, 255]));
    fillPolygon(r, [0, 0, 4, 0, 4, 4, 0, 4], [0, 8], [255, 0, 0], 0.5);
    const mixed = pixel(r, 1, 1);
    expect(mixed[0]).toBeCloseTo(128, -1);
    expect(mixed[2]).toBeCloseTo(128, -1);
    expect(mixed[3]).toBe(255);
  });
  it('leaves a hole (second ring) unfilled', () => {
    const r = blank(12, 12);
    fillPolygon(r, [0, 0, 12, 0, 12, 12, 0, 12, 4, 4, 8, 4, 8, 8, 4, 8], [0, 8, 8, 16], [255, 0, 0], 1);
    expect(pixel(r, 1, 1)).toEqual([255, 0, 0, 255]);
    expect(pixel(r, 6, 6)).toEqual(EMPTY);
  });
});
