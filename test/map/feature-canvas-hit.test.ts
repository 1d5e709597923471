import { describe, expect, it } from 'vitest';
import { buildPointHitIndex, pointAt } from '../../src/map/feature-canvas-hit';

// three points at zoom-0 positions; at scale 16 an 8 px marker reaches 0.25 units from its centre
const index = buildPointHitIndex([
  [0, 10, 10],
  [1, 10.1, 10],
  [2, 50, 50],
]);
const allVisible = new Uint8Array([1, 1, 1]);
const order = [0, 1, 2];

describe('pointAt', () => {
  it('finds the point whose marker covers the spot', () => {
    expect(pointAt(index, 50.2, 49.8, 8, 16, allVisible, order)).toBe(2);
  });
  it('misses just outside the marker', () => {
    expect(pointAt(index, 50.3, 50, 8, 16, allVisible, order)).toBeNull();
  });
  it('prefers the point drawn last where markers overlap', () => {
    expect(pointAt(index, 10.05, 10, 8, 16, allVisible, order)).toBe(1);
    expect(pointAt(index, 10.05, 10, 8, 16, allVisible, [5, 1, 2])).toBe(0);
  });
  it('ignores hidden points', () => {
    expect(pointAt(index, 10.05, 10, 8, 16, new Uint8Array([1, 0, 1]), order)).toBe(0);
    expect(pointAt(index, 50, 50, 8, 16, new Uint8Array([1, 1, 0]), order)).toBeNull();
  });
  it('answers null for an empty layer', () => {
    expect(pointAt(buildPointHitIndex([]), 0, 0, 8, 1, new Uint8Array(0), [])).toBeNull();
  });
});
