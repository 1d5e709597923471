import { describe, expect, it } from 'vitest';
import { frameBounds, frameQuestion } from '../../src/export-ui/frame-bounds';

// Sichuan and Chongqing lie within about 97.3–110.2°E, 26.0–34.3°N.
const region: [number, number, number, number] = [97, 25.5, 110.7, 34.8];
// The planning area's box (the economic circle), as the manifest carries it.
const core: [number, number, number, number] = [101.9, 27.7, 109.0, 32.3];
const rounded = (bounds: [[number, number], [number, number]] | null) => {
  const [[south, west], [north, east]] = bounds!;
  return [west, south, east, north].map((n) => Math.round(n * 1000) / 1000);
};

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

  it('never frames beyond the economic circle: a province-wide area and corridors to the Beibu Gulf are cut at its box', () => {
    const sichuanWide = { type: 'Polygon' as const, coordinates: [[[97.3, 26.1], [108.5, 26.1], [108.5, 34.3], [97.3, 34.3], [97.3, 26.1]]] };
    const toGulf = { type: 'LineString' as const, coordinates: [[106.55, 29.56], [108.3, 22.8]] };
    const chengdu = { type: 'Point' as const, coordinates: [104.07, 30.67] };
    // the area alone would reach 97.3–108.5 × 26.1–34.3; the circle's box keeps 101.9–108.5 × 27.7–32.3
    expect(rounded(frameBounds([sichuanWide, toGulf, chengdu], { region, core, padding: 0 }))).toEqual([101.9, 27.7, 108.5, 32.3]);
    // corridors alone (no point or area shown): Chongqing down to the circle's southern edge
    expect(rounded(frameBounds([toGulf], { region, core, padding: 0 }))).toEqual([106.55, 27.7, 108.3, 29.56]);
  });

  it('frames the question area, not what else is shown', () => {
    // Chengdu's extent, about 102.9–104.9°E, 30.1–31.4°N, with 10 % margins: 0.2° and 0.13°
    const chengduArea = { type: 'MultiPolygon' as const, coordinates: [[[[102.9, 30.1], [104.9, 30.1], [104.9, 31.4], [102.9, 31.4], [102.9, 30.1]]]] };
    expect(rounded(frameQuestion(chengduArea, [], { region, core, padding: 0.1 }))).toEqual([102.7, 29.97, 105.1, 31.53]);
    // the user's own marks beside it stay on the page
    expect(rounded(frameQuestion(chengduArea, [{ type: 'Point', coordinates: [105.5, 30.5] }], { region, core, padding: 0 }))).toEqual([102.9, 30.1, 105.5, 31.4]);
    expect(frameQuestion(null, [], { region, core })).toBeNull();
  });

  it('cuts a catchment along a corridor to the Gulf at the circle, and frames an area drawn outside it within the provinces', () => {
    const buffer = { type: 'MultiPolygon' as const, coordinates: [[[[106.4, 22.7], [108.5, 22.7], [108.5, 29.7], [106.4, 29.7], [106.4, 22.7]]]] };
    expect(rounded(frameQuestion(buffer, [], { region, core, padding: 0 }))).toEqual([106.4, 27.7, 108.5, 29.7]);
    // drawn on the western plateau, wholly outside the circle's box
    const drawn = { type: 'MultiPolygon' as const, coordinates: [[[[99, 30], [100, 30], [100, 31], [99, 31], [99, 30]]]] };
    expect(rounded(frameQuestion(drawn, [], { region, core, padding: 0 }))).toEqual([99, 30, 100, 31]);
  });
});
