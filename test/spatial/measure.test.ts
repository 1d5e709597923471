import { describe, expect, it } from 'vitest';
import { distanceBetween, measurePath, polygonArea, rectangleToPolygon } from '../../src/spatial/measure';
import { R_KM } from './sphere';

const KM_PER_DEGREE = (Math.PI * R_KM) / 180;

describe('measurements', () => {
  it('puts Chengdu and Chongqing about 266 km apart in a straight line', () => {
    const km = distanceBetween([104.07, 30.67], [106.55, 29.56]);
    expect(Math.abs(km - 266) / 266).toBeLessThan(0.01);
  });

  it('measures one degree along a meridian as πR/180', () => {
    expect(distanceBetween([105, 29], [105, 30])).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it('sums a path segment by segment (an L along the equator and a meridian)', () => {
    expect(measurePath([[0, 0], [1, 0], [1, 1]])).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  it('gives a 1°×1° cell at the equator the area R²·Δλ·sin(1°)', () => {
    const expected = R_KM * R_KM * (Math.PI / 180) * Math.sin(Math.PI / 180);
    expect(polygonArea([[0, 0], [1, 0], [1, 1], [0, 1]])).toBeCloseTo(expected, 0);
  });

  it('gives the same area whether the ring is closed or open, clockwise or not', () => {
    const open = [[104, 30], [105, 30], [105, 31], [104, 31]];
    const closed = [...open, [104, 30]];
    const clockwise = [...open].reverse();
    const a = polygonArea(open);
    expect(polygonArea(closed)).toBeCloseTo(a, 9);
    expect(polygonArea(clockwise)).toBeCloseTo(a, 9);
  });

  it('turns bounds into a closed rectangle ring', () => {
    expect(rectangleToPolygon([104, 30, 105, 31])).toEqual({
      type: 'Polygon',
      coordinates: [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]],
    });
  });

  it('rejects bad input with a clear message and leaves good input untouched', () => {
    expect(() => rectangleToPolygon([105, 30, 104, 31])).toThrow(/west < east/);
    expect(() => distanceBetween([200, 0], [0, 0])).toThrow(/outside/);
    expect(() => measurePath([[104, 30]])).toThrow(/at least 2 positions/);
    expect(() => polygonArea([[104, 30], [105, 30], [104, 30]])).toThrow(/three distinct corners/);
    const path = [[104, 30], [105, 31]];
    measurePath(path);
    polygonArea([...path, [104, 31]]);
    expect(path).toEqual([[104, 30], [105, 31]]);
  });
});
