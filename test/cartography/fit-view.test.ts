import { describe, expect, it } from 'vitest';
import { fitView } from '../../src/cartography/fit-view';

const LIMITS = { minZoom: 0, maxZoom: 13, zoomSnap: 0.25 };
const WORLD_LAT = 85.0511287798;

describe('fitView', () => {
  it('fits the whole Mercator world into one 256-pixel tile at zoom 0, centred on 0,0', () => {
    const view = fitView([-180, -WORLD_LAT, 180, WORLD_LAT], { width: 256, height: 256 }, LIMITS);
    expect(view.zoom).toBe(0);
    expect(view.lon).toBeCloseTo(0, 6);
    expect(view.lat).toBeCloseTo(0, 6);
  });

  it('zooms in one step when the map is twice as large', () => {
    expect(fitView([-180, -WORLD_LAT, 180, WORLD_LAT], { width: 512, height: 600 }, LIMITS).zoom).toBe(1);
  });

  it('rounds the zoom down to the snap step so the box still fits', () => {
    // 300 px for a 256-px world: log2(300/256) = 0.23 → 0
    expect(fitView([-180, -WORLD_LAT, 180, WORLD_LAT], { width: 300, height: 300 }, LIMITS).zoom).toBe(0);
    // 440 px: log2(440/256) = 0.78 → 0.75
    expect(fitView([-180, -WORLD_LAT, 180, WORLD_LAT], { width: 440, height: 440 }, LIMITS).zoom).toBe(0.75);
  });

  it('gives a point the maximum zoom, centred on it', () => {
    const view = fitView([104.06, 30.67, 104.06, 30.67], { width: 800, height: 600 }, { ...LIMITS, maxZoom: 10 });
    expect(view).toEqual({ lat: expect.closeTo(30.67, 6), lon: expect.closeTo(104.06, 6), zoom: 10 });
  });

  it('keeps a padded edge clear: the box lands in the uncovered part of the map', () => {
    // half the world's width (-90…90) into the left 256 px of a 512-px map whose right half is a panel:
    // zoom 1 (a 512-px world); the centre moves 128 px = 90° east so the box sits in the left half.
    const view = fitView([-90, -1, 90, 1], { width: 512, height: 1000, padding: { top: 0, right: 256, bottom: 0, left: 0 } }, LIMITS);
    expect(view.zoom).toBe(1);
    expect(view.lon).toBeCloseTo(90, 6);
    expect(view.lat).toBeCloseTo(0, 6);
  });

  it('stays within the zoom limits', () => {
    expect(fitView([-180, -WORLD_LAT, 180, WORLD_LAT], { width: 256, height: 256 }, { ...LIMITS, minZoom: 4 }).zoom).toBe(4);
  });
});
