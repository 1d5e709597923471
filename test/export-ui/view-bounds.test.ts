import { describe, expect, it } from 'vitest';
import { boundsOfView } from '../../src/export-ui/view-bounds';

describe('export bounds from the state view', () => {
  it('a 256 px world at zoom 0 spans every longitude and Web Mercator latitude', () => {
    const [[south, west], [north, east]] = boundsOfView({ lat: 0, lon: 0, zoom: 0 }, { width: 256, height: 256 });
    expect(west).toBeCloseTo(-180, 6);
    expect(east).toBeCloseTo(180, 6);
    expect(north).toBeCloseTo(85.0511, 3);
    expect(south).toBeCloseTo(-85.0511, 3);
  });

  it('at zoom 8 a 1024 px wide map spans 1024 / 65536 of 360° = 5.625° of longitude around its centre', () => {
    const [[south, west], [north, east]] = boundsOfView({ lat: 30, lon: 104, zoom: 8 }, { width: 1024, height: 600 });
    expect(west).toBeCloseTo(104 - 2.8125, 6);
    expect(east).toBeCloseTo(104 + 2.8125, 6);
    // north of the centre spans fewer degrees than south of it (Mercator stretches towards the pole)
    expect(north - 30).toBeLessThan(30 - south);
    expect(north - south).toBeGreaterThan(2.8);
    expect(north - south).toBeLessThan(3.0);
  });
});
