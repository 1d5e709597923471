import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { DRAWING_SLICE, drawingLater, drawingNow } from '../../src/map/user-layer-drawing';
import { splitFeatures } from '../../src/map/user-layer-geometry';
import { concatParts, shiftParts } from '../../src/map/user-layer-slices';

const square = (x: number, y: number): Feature => ({
  type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] },
});
const mixed = (count: number): Feature[] =>
  Array.from({ length: count }, (_, i): Feature => i % 3 === 0 ? square(104 + i / 1e5, 30)
    : i % 3 === 1 ? { type: 'Feature', properties: { FillColor: '#00aa11' }, geometry: { type: 'MultiPoint', coordinates: [[104, 30], [105, 31]] } }
    : { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[104, 30], [104.5, 30.5]] } });

describe('shiftParts and concatParts', () => {
  it('give the parts of the whole list from the parts of its slices, each numbered where it starts', () => {
    const features = mixed(10);
    const whole = splitFeatures(features);
    const [a, b, c] = [splitFeatures(features.slice(0, 4)), splitFeatures(features.slice(4, 8)), splitFeatures(features.slice(8))];
    const joined = concatParts([shiftParts(a, 0, 0), shiftParts(b, a.coords.length, 4), shiftParts(c, a.coords.length + b.coords.length, 8)]);
    expect(joined).toEqual(whole);
    // the second slice's first ring now starts where the first slice's coordinates end
    expect(joined.ranges[a.kind.length]![0]).toBe(a.coords.length);
  });
});

describe('the drawing of a user layer', () => {
  it('is taken apart at once for a small list and kept', () => {
    const features = mixed(30);
    const drawing = drawingNow(features);
    expect(drawing?.parts.feature.length).toBe(10 + 2 * 10 + 10);
    expect(drawing?.own.filter(Boolean)).toHaveLength(10);
    expect(drawingNow(features)).toBe(drawing);
  });

  it('is taken apart in slices for a large list: nothing until then, then the same as in one go', async () => {
    const features = mixed(DRAWING_SLICE * 2 + 5);
    expect(drawingNow(features)).toBeUndefined();
    const drawing = await drawingLater(features);
    expect(drawing.parts).toEqual(splitFeatures(features));
    expect(drawing.own).toHaveLength(features.length);
    expect(drawing.own[1]).toBe('#00aa11');
    expect(drawingNow(features)).toBe(drawing);
  }, 30_000);
});
