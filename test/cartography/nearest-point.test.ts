import { describe, expect, it } from 'vitest';
import { nearestWithin, overlapBelow, shiftAbove } from '../../src/cartography/nearest-point';

describe('nearestWithin', () => {
  const points = [
    { x: 100, y: 100 },
    { x: 130, y: 100 },
    { x: 300, y: 300 },
  ];

  it('picks the nearest point within the radius', () => {
    expect(nearestWithin(points, { x: 118, y: 100 }, 22)).toBe(1);
    expect(nearestWithin(points, { x: 110, y: 104 }, 22)).toBe(0);
  });

  it('counts a point exactly at the radius and nothing beyond it', () => {
    expect(nearestWithin(points, { x: 300, y: 322 }, 22)).toBe(2);
    expect(nearestWithin(points, { x: 300, y: 322.5 }, 22)).toBe(-1);
  });

  it('returns -1 for no points', () => {
    expect(nearestWithin([], { x: 0, y: 0 }, 22)).toBe(-1);
  });

  it('gives a tie to the earlier point', () => {
    expect(nearestWithin(points, { x: 115, y: 100 }, 22)).toBe(0);
  });
});

describe('overlapBelow', () => {
  it('is how far a point must move up to clear an edge with a margin', () => {
    expect(overlapBelow(500, 400, 40)).toBe(140);
    expect(overlapBelow(300, 400, 40)).toBe(0);
  });
});

describe('shiftAbove', () => {
  it('moves a mark up just enough to clear the edge below it with a margin', () => {
    // a circle from 300 to 560 over a sheet starting at 500: up by 560 - (500 - 16)
    expect(shiftAbove(300, 560, 500, 16)).toBe(76);
    // already clear
    expect(shiftAbove(100, 400, 500, 16)).toBe(0);
  });
  it("never pushes the mark's top off the screen: a tall mark goes up only as far as its top allows", () => {
    expect(shiftAbove(40, 700, 500, 16)).toBe(24);
    expect(shiftAbove(10, 700, 500, 16)).toBe(0);
  });
});
