import { describe, expect, it } from 'vitest';
import { frameAround, latitudeOf, mercatorY, type BBox } from '../../src/cartography/framing';

/** The share of the view's width and of its height that a box fills when `frame` fills the view. */
function fillShare(box: BBox, frame: BBox): { x: number; y: number } {
  return {
    x: (box[2] - box[0]) / (frame[2] - frame[0]),
    y: (mercatorY(box[3]) - mercatorY(box[1])) / (mercatorY(frame[3]) - mercatorY(frame[1])),
  };
}

// the planning area and the two provinces (rounded from the shipped data)
const planning: BBox = [101.95, 27.67, 108.95, 32.31];
const provinces: BBox = [97.35, 26.05, 110.19, 34.32];

describe('mercator helpers', () => {
  it('maps the equator to 0 and round-trips latitudes', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 9);
    expect(latitudeOf(mercatorY(30.5))).toBeCloseTo(30.5, 9);
    // 60° N is stretched to about twice the degrees of longitude at the equator's scale
    expect(mercatorY(60)).toBeCloseTo(75.46, 1);
  });
});

describe('frameAround', () => {
  it('gives the subject the chosen share of the limiting dimension, with the view aspect', () => {
    const frame = frameAround(planning, provinces, { width: 1080, height: 853, share: 0.78 });
    const share = fillShare(planning, frame);
    expect(Math.max(share.x, share.y)).toBeCloseTo(0.78, 6);
    const aspect = (frame[2] - frame[0]) / (mercatorY(frame[3]) - mercatorY(frame[1]));
    expect(aspect).toBeCloseTo(1080 / 853, 6);
  });

  it('contains the subject and sends the slack west, where the context is (western Sichuan)', () => {
    const frame = frameAround(planning, provinces, { width: 1080, height: 853, share: 0.78 });
    expect(frame[0]).toBeLessThan(planning[0]);
    expect(frame[2]).toBeGreaterThanOrEqual(planning[2]);
    // 4.6° of context to the west, 1.24° to the east: most of the slack goes west
    expect(planning[0] - frame[0]).toBeGreaterThan(2 * (frame[2] - planning[2]));
    expect(frame[1]).toBeLessThanOrEqual(planning[1]);
    expect(frame[3]).toBeGreaterThanOrEqual(planning[3]);
  });

  it('on a tall phone screen the width limits and the subject fills 90% of it', () => {
    const frame = frameAround(planning, provinces, { width: 390, height: 690, share: 0.9 });
    const share = fillShare(planning, frame);
    expect(share.x).toBeCloseTo(0.9, 6);
    expect(share.y).toBeLessThan(0.9);
  });

  it('splits the slack evenly when there is no context beyond the subject', () => {
    const frame = frameAround([0, 0, 10, 10], [0, 0, 10, 10], { width: 200, height: 100, share: 0.5 });
    expect(frame[0]).toBeCloseTo(-frame[2] + 10, 6);
  });

  it('does not run past the context on one side while the other side has context left', () => {
    // 1° of context west, 20° east, 10° of slack: the west gets its share and no more than its 1°
    const frame = frameAround([10, 0, 20, 10], [9, 0, 40, 10], { width: 100, height: 100, share: 0.5 });
    expect(frame[0]).toBeGreaterThanOrEqual(9);
    expect(frame[0]).toBeLessThan(10);
  });

  it('shows all the context when the slack exceeds it, and splits the rest evenly', () => {
    const frame = frameAround([10, 0, 20, 10], [9, 0, 21, 10], { width: 400, height: 100, share: 0.5 });
    expect(10 - frame[0]).toBeCloseTo(frame[2] - 20, 6);
  });
});
