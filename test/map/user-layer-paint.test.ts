import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { packColour, parseHexColour, rasterOf, type Raster } from '../../src/map/feature-canvas-raster';
import { splitFeatures } from '../../src/map/user-layer-geometry';
import { paintParts, paintingDone, startOfPainting, type PaintColours, type PaintSizes, type PaintView } from '../../src/map/user-layer-paint';
import { sizedPoints } from '../../src/map/user-layer-sizes';
import { circleFill } from '../../src/map/canvas-circle';

const [WIDTH, HEIGHT] = [120, 90];
const WHITE = packColour([255, 255, 255]);

/** World pixels (zoom 0) → lon/lat, so features land where the test wants them on a zoom-8 view. */
const SCALE = 2 ** 8;
const [LEFT, TOP] = [207.0, 107.0];
function lonLat(x: number, y: number): [number, number] {
  const [wx, wy] = [LEFT + x / SCALE, TOP + y / SCALE];
  const lon = (wx / 256) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * wy) / 256))) * 180) / Math.PI;
  return [lon, lat];
}

/** Overlapping squares, a line across them, points on top (some with their own colour), some out of view. */
function layer(): Feature[] {
  const features: Feature[] = [];
  for (let k = 0; k < 6; k++) {
    const [x, y] = [5 + k * 15, 5 + k * 10];
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[lonLat(x, y), lonLat(x + 30, y), lonLat(x + 30, y + 25), lonLat(x, y + 25), lonLat(x, y)]] } });
  }
  features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [lonLat(0, 80), lonLat(119, 3)] } });
  for (let k = 0; k < 40; k++) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: lonLat((k * 37) % 200 - 40, (k * 23) % 150 - 30) } });
  return features;
}

const view: PaintView = { left: LEFT, top: TOP, right: LEFT + WIDTH / SCALE, bottom: TOP + HEIGHT / SCALE, scale: SCALE, ratio: 1, margin: 10 / SCALE, marker: 8, lineWidth: 2, border: 1 };

function colours(featureCount: number): PaintColours {
  const rgb = [parseHexColour('#d95f02'), parseHexColour('#1b9e77')];
  const ofFeature = new Uint16Array(featureCount).map((_, k) => (k % 5 === 0 ? 1 : 0));
  return { rgb, word: rgb.map(packColour), ofFeature, borderWord: WHITE, areaOpacity: 0.25 };
}

const blank = (): Raster => rasterOf({ width: WIDTH, height: HEIGHT, data: new Uint8ClampedArray(WIDTH * HEIGHT * 4) });

describe('paintParts', () => {
  const features = layer();
  const parts = splitFeatures(features);

  it('draws a layer in stretches to exactly the pixels of one go, then says it is done', () => {
    const whole = blank();
    const cursor = startOfPainting();
    expect(paintParts(whole, parts, new Float32Array(parts.coords.length), view, colours(features.length), cursor, () => false)).toBe(true);
    expect(paintingDone(cursor)).toBe(true);
    expect(whole.words.some((word) => word !== 0)).toBe(true);

    for (const stretch of [1, 3, 7, parts.kind.length]) {
      const raster = blank();
      const resumed = startOfPainting();
      let calls = 0;
      let done = false;
      while (!done) {
        done = paintParts(raster, parts, new Float32Array(parts.coords.length), view, colours(features.length), resumed, (looked) => looked >= stretch);
        calls++;
      }
      // three passes over every part, `stretch` parts a call
      expect(calls).toBe(Math.ceil((3 * parts.kind.length) / stretch));
      expect([...raster.data]).toEqual([...whole.data]);
    }
  });

  it('stops after as many parts drawn as asked, counting only those in view, and resumes to the same pixels', () => {
    const whole = blank();
    paintParts(whole, parts, new Float32Array(parts.coords.length), view, colours(features.length), startOfPainting(), () => false);
    const raster = blank();
    const cursor = startOfPainting();
    const drawnPerCall: number[] = [];
    let done = false;
    while (!done) {
      let drawnNow = 0;
      done = paintParts(raster, parts, new Float32Array(parts.coords.length), view, colours(features.length), cursor, (_, drawn) => (drawnNow = drawn) >= 10);
      drawnPerCall.push(drawnNow);
    }
    expect([...raster.data]).toEqual([...whole.data]);
    expect(Math.max(...drawnPerCall)).toBe(10);
    // some of the 40 points lie outside the view: not all 47 parts are drawn
    const total = drawnPerCall.reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThan(parts.kind.length);
    expect(total).toBeGreaterThan(20);
  });

  it('shows what is drawn so far: after the areas, no point is on the buffer yet', () => {
    const raster = blank();
    const cursor = startOfPainting();
    // one pass over every part: the areas
    expect(paintParts(raster, parts, new Float32Array(parts.coords.length), view, colours(features.length), cursor, (looked) => looked >= parts.kind.length)).toBe(false);
    expect(cursor).toEqual({ pass: 1, part: 0 });
    expect(raster.words.some((word) => word === WHITE)).toBe(false);
    expect(raster.data.some((byte, k) => k % 4 === 3 && byte > 0 && byte < 255)).toBe(true);
  });

  describe('sized by a column', () => {
    // the points valued by their order (every third without a value), on the layer's polygons and line
    const valued = features.map((feature, k): Feature => (feature.geometry.type === 'Point' ? { ...feature, properties: { v: k % 3 === 0 ? '' : k * 10 } } : feature));
    const sizes = (): PaintSizes => {
      const { rgb } = colours(valued.length);
      return { sized: sizedPoints(parts, valued, { column: 'v', max: 460 }), fills: rgb.map((c) => circleFill(c, 0.45)) };
    };
    const whole = () => {
      const raster = blank();
      paintParts(raster, parts, new Float32Array(parts.coords.length), view, colours(valued.length), startOfPainting(), () => false, sizes());
      return raster;
    };

    it('draws circles instead of square markers: no white marker border, and more pixels covered', () => {
      const sized = whole();
      const plain = blank();
      paintParts(plain, parts, new Float32Array(parts.coords.length), view, colours(valued.length), startOfPainting(), () => false);
      expect(plain.words.some((word) => word === WHITE)).toBe(true);
      expect(sized.words.some((word) => word === WHITE)).toBe(false);
      const covered = (raster: Raster) => raster.words.filter((word) => word !== 0).length;
      expect(covered(sized)).toBeGreaterThan(covered(plain));
    });

    it('draws them in stretches to exactly the pixels of one go', () => {
      const expected = whole();
      for (const stretch of [1, 5, 13]) {
        const raster = blank();
        const cursor = startOfPainting();
        while (!paintParts(raster, parts, new Float32Array(parts.coords.length), view, colours(valued.length), cursor, (looked) => looked >= stretch, sizes()));
        expect([...raster.data]).toEqual([...expected.data]);
      }
    });
  });
});
