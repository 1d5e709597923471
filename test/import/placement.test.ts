import { describe, expect, it } from 'vitest';
import { classifyPlacement, fromWebMercator, isInRegion } from '../../src/import/placement.ts';

describe('placement', () => {
  it('converts Web Mercator metres for Chongqing to degrees inside the region', () => {
    const [lon = 0, lat = 0] = fromWebMercator([11860837, 3446676]);
    expect(lon).toBeCloseTo(106.55, 2);
    expect(lat).toBeCloseTo(29.56, 2);
    expect(isInRegion(lon, lat)).toBe(true);
  });

  it('tells inside, partly inside, swapped, metres and elsewhere apart', () => {
    expect(classifyPlacement([[104.07, 30.67]])).toBe('inside');
    expect(classifyPlacement([[104.07, 30.67], [116.4, 39.9]])).toBe('partly');
    expect(classifyPlacement([[30.67, 104.07]])).toBe('swapped');
    expect(classifyPlacement([[11585215, 3590238]])).toBe('mercator');
    expect(classifyPlacement([[116.4, 39.9]])).toBe('outside');
    // metres for Beijing are metres, but not ours: no conversion is offered
    expect(classifyPlacement([[12958000, 4852000]])).toBe('outside');
  });
});
