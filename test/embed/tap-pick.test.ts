import { describe, expect, it } from 'vitest';
import { distanceToSegment, insideRings, pickFeature, type TapCandidate } from '../../src/embed/tap-pick';

const square = (x: number, y: number, size: number) => [
  { x, y },
  { x: x + size, y },
  { x: x + size, y: y + size },
  { x, y: y + size },
];

describe('pickFeature', () => {
  const markers: TapCandidate[] = [
    { id: 'chengdu', kind: 'point', at: { x: 100, y: 100 } },
    { id: 'deyang', kind: 'point', at: { x: 130, y: 100 } },
  ];

  it('picks the nearer of two markers, not the one drawn last', () => {
    expect(pickFeature({ x: 112, y: 104 }, markers)).toBe('chengdu');
    expect(pickFeature({ x: 118, y: 96 }, markers)).toBe('deyang');
  });

  it('picks nothing farther than 22 px', () => {
    expect(pickFeature({ x: 100, y: 123 }, markers)).toBeNull();
    expect(pickFeature({ x: 100, y: 121.5 }, markers)).toBe('chengdu');
  });

  it('measures lines by their nearest segment', () => {
    const line: TapCandidate = { id: 'rail', kind: 'line', path: [{ x: 0, y: 200 }, { x: 300, y: 200 }] };
    expect(pickFeature({ x: 150, y: 215 }, [...markers, line])).toBe('rail');
    expect(pickFeature({ x: 150, y: 230 }, [...markers, line])).toBeNull();
  });

  it('prefers a nearby marker over the area around it, and the smallest area containing the tap', () => {
    const big: TapCandidate = { id: 'zone', kind: 'area', rings: [square(0, 0, 400)] };
    const small: TapCandidate = { id: 'park', kind: 'area', rings: [square(250, 250, 50)] };
    expect(pickFeature({ x: 105, y: 100 }, [big, ...markers])).toBe('chengdu');
    expect(pickFeature({ x: 260, y: 260 }, [big, small])).toBe('park');
    expect(pickFeature({ x: 200, y: 320 }, [big, small])).toBe('zone');
  });

  it('takes an area whose outline is within reach when nothing contains the tap', () => {
    const park: TapCandidate = { id: 'park', kind: 'area', rings: [square(250, 250, 50)] };
    expect(pickFeature({ x: 310, y: 260 }, [park])).toBe('park');
    expect(pickFeature({ x: 330, y: 260 }, [park])).toBeNull();
  });
});

describe('geometry helpers', () => {
  it('distance to a segment clamps to its ends', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });

  it('a hole is outside', () => {
    const rings = [square(0, 0, 100), square(40, 40, 20)];
    expect(insideRings({ x: 10, y: 10 }, rings)).toBe(true);
    expect(insideRings({ x: 50, y: 50 }, rings)).toBe(false);
  });
});
