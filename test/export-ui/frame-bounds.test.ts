import { describe, expect, it } from 'vitest';
import { frameBounds } from '../../src/export-ui/frame-bounds';

// Sichuan and Chongqing lie within about 97.3–110.2°E, 26.0–34.3°N.
const region: [number, number, number, number] = [97, 25.5, 110.7, 34.8];

describe('frameBounds', () => {
  it('frames the shown features with a margin, not the two provinces', () => {
    const bounds = frameBounds(
      [
        { type: 'Point', coordinates: [104.07, 30.67] }, // Chengdu
        { type: 'Point', coordinates: [106.55, 29.56] }, // Chongqing
      ],
      { region, padding: 0.1 },
    );
    // span 2.48° east–west and 1.11° north–south, each grown by 10 % on both sides
    const [[south, west], [north, east]] = bounds!;
    expect(west).toBeCloseTo(104.07 - 0.248, 3);
    expect(east).toBeCloseTo(106.55 + 0.248, 3);
    expect(south).toBeCloseTo(29.56 - 0.111, 3);
    expect(north).toBeCloseTo(30.67 + 0.111, 3);
  });

  it('cuts a corridor a degree beyond the projects around it', () => {
    const corridor = { type: 'LineString' as const, coordinates: [[104.07, 30.67], [108.3, 22.8]] };
    const [[south, west], [north, east]] = frameBounds([corridor, { type: 'Point', coordinates: [104.5, 30] }], { region, padding: 0 })!;
    expect([west, south, east, north].map((n) => Math.round(n * 100) / 100)).toEqual([104.07, 29, 105.5, 30.67]);
  });

  it('includes the question outline, and a corridor only a degree beyond it', () => {
    const corridor = { type: 'LineString' as const, coordinates: [[104.07, 30.67], [108.3, 22.8]] }; // on to the Beibu Gulf
    const area = { type: 'Polygon' as const, coordinates: [[[103, 30], [104, 30], [104, 31], [103, 31], [103, 30]]] };
    const [[south, west], [north, east]] = frameBounds([corridor, area], { region, padding: 0 })!;
    expect(west).toBeCloseTo(103, 9);
    expect(east).toBeCloseTo(105, 9);
    expect(north).toBeCloseTo(31, 9);
    expect(south).toBeCloseTo(29, 9);
  });

  it('shows a single project with its surroundings, and nothing to frame gives null', () => {
    const [[south, west], [north, east]] = frameBounds([{ type: 'Point', coordinates: [105, 30] }], { region, padding: 0, minSpanDeg: 0.6 })!;
    expect(east - west).toBeCloseTo(0.6, 6);
    expect(north - south).toBeCloseTo(0.6, 6);
    expect(frameBounds([], { region })).toBeNull();
    expect(frameBounds([null], { region })).toBeNull();
  });
});
