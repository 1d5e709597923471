import { describe, expect, it } from 'vitest';
import { drawSquare, fillPolygon, packColour, parseHexColour, rasterOf, strokePolyline, type Raster, type Rgb } from '../../src/map/feature-canvas-raster';
import { recolourPixels } from '../../src/map/canvas-recolour';

const [WIDTH, HEIGHT] = [40, 30];
const WHITE = packColour([255, 255, 255]);

/** Overlapping translucent squares with outlines, a line, and bordered markers, all in one colour, as the canvas layer draws them. */
function drawLayer(rgb: Rgb): Raster {
  const raster = rasterOf({ width: WIDTH, height: HEIGHT, data: new Uint8ClampedArray(WIDTH * HEIGHT * 4) });
  const squares = [
    [2, 2, 20, 2, 20, 20, 2, 20],
    [10, 8, 30, 8, 30, 26, 10, 26],
    [12, 10, 25, 10, 25, 22, 12, 22],
  ];
  for (const square of squares) {
    fillPolygon(raster, square, [0, square.length], rgb, 0.25);
    strokePolyline(raster, square, 0, square.length, 2, packColour(rgb), [], true);
  }
  strokePolyline(raster, [0, 28, 39, 1], 0, 4, 2, packColour(rgb), [], false);
  drawSquare(raster, 34, 24, 8, packColour(rgb), WHITE, 1);
  drawSquare(raster, 16, 15, 8, packColour(rgb), WHITE, 1);
  return raster;
}

describe('recolourPixels', () => {
  it('gives a layer drawn in one colour exactly the pixels it would have drawn in the new one', () => {
    const [from, to] = [parseHexColour('#d95f02'), parseHexColour('#1b9e77')];
    const recoloured = drawLayer(from);
    const before = [...recoloured.data];
    recolourPixels(recoloured, from, to);
    expect([...recoloured.data]).not.toEqual(before);
    expect([...recoloured.data]).toEqual([...drawLayer(to).data]);
  });

  it('keeps the markers’ white borders, translucent pixels’ opacity and empty pixels', () => {
    const [from, to] = [parseHexColour('#7570b3'), parseHexColour('#000000')];
    const raster = drawLayer(from);
    const opacity = [...raster.data].filter((_, k) => k % 4 === 3);
    const whites = raster.words.filter((word) => word === WHITE).length;
    recolourPixels(raster, from, to);
    expect([...raster.data].filter((_, k) => k % 4 === 3)).toEqual(opacity);
    expect(raster.words.filter((word) => word === WHITE).length).toBe(whites);
    expect(whites).toBeGreaterThan(0);
    // a translucent fill in the new colour: black at the fill's opacity
    const translucent = [...raster.words].findIndex((_, k) => raster.data[k * 4 + 3]! > 0 && raster.data[k * 4 + 3]! < 255);
    expect([...raster.data.subarray(translucent * 4, translucent * 4 + 3)]).toEqual([0, 0, 0]);
  });
});
