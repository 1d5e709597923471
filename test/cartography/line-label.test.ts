import { describe, expect, it } from 'vitest';
import { lineLabelSpots, rotatedBoxes } from '../../src/cartography/line-label';

describe('lineLabelSpots', () => {
  it('puts a name along a straight line, above it first, at the middle, reading left to right', () => {
    const spots = lineLabelSpots([[0, 100], [400, 100]], { width: 100, height: 12, offset: 3 });
    expect(spots[0]).toMatchObject({ x: 200, y: 100 - 3 - 6, angle: 0 });
    expect(spots[1]).toMatchObject({ x: 200, y: 100 + 3 + 6, angle: 0 });
  });

  it('never turns text upside down: a line drawn right to left gives the same angle', () => {
    const down = lineLabelSpots([[0, 0], [300, 100]], { width: 100, height: 12, offset: 3 })[0]!;
    const up = lineLabelSpots([[300, 100], [0, 0]], { width: 100, height: 12, offset: 3 })[0]!;
    expect(down.angle).toBeCloseTo((Math.atan2(100, 300) * 180) / Math.PI, 6);
    expect(up.angle).toBeCloseTo(down.angle, 6);
  });

  it('finds no place on a line shorter than the name or bent at every stretch', () => {
    expect(lineLabelSpots([[0, 0], [80, 0]], { width: 100, height: 12, offset: 3 })).toEqual([]);
    const zigzag = Array.from({ length: 30 }, (_, i) => [i * 10, i % 2 === 0 ? 0 : 30] as [number, number]);
    expect(lineLabelSpots(zigzag, { width: 100, height: 12, offset: 3 })).toEqual([]);
  });

  it('covers a rotated label with boxes that contain all four corners', () => {
    const boxes = rotatedBoxes(100, 100, 120, 12, 30);
    const rad = Math.PI / 6;
    for (const [u, v] of [[-60, -6], [60, -6], [60, 6], [-60, 6]] as const) {
      const x = 100 + u * Math.cos(rad) - v * Math.sin(rad);
      const y = 100 + u * Math.sin(rad) + v * Math.cos(rad);
      expect(boxes.some((b) => x >= b.x - 1e-9 && x <= b.x + b.width + 1e-9 && y >= b.y - 1e-9 && y <= b.y + b.height + 1e-9)).toBe(true);
    }
    // a chain of small boxes, much less than the whole axis-aligned rectangle
    const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
    expect(area).toBeLessThan(0.5 * (120 * Math.cos(rad) + 12 * Math.sin(rad)) * (120 * Math.sin(rad) + 12 * Math.cos(rad)));
  });
});
