import { describe, expect, it } from 'vitest';
import { expandBoxByKm, isWithinKm, KM_PER_DEGREE } from '../../src/spatial/geodesy';

describe('expandBoxByKm', () => {
  it('grows latitude by km / 111.2 and longitude by more, as degrees of longitude shrink with latitude', () => {
    const [west, south, east, north] = expandBoxByKm([104, 30, 105, 31], 100);
    const dLat = 100 / KM_PER_DEGREE;
    expect(south).toBeCloseTo(30 - dLat, 9);
    expect(north).toBeCloseTo(31 + dLat, 9);
    // at the grown box's northern edge (≈31.9°N) a km spans 1/cos(31.9°) ≈ 1.178 times more degrees
    const dLon = dLat / Math.cos(((31 + dLat) * Math.PI) / 180);
    expect(104 - west).toBeCloseTo(dLon, 9);
    expect(east - 105).toBeCloseTo(dLon, 9);
    expect(104 - west).toBeGreaterThan(1.17 * dLat);
  });
});

describe('isWithinKm', () => {
  it('includes the edge and excludes anything a metre beyond', () => {
    expect(isWithinKm(20, 20)).toBe(true);
    expect(isWithinKm(20.001, 20)).toBe(false);
  });
});
