import { describe, expect, it } from 'vitest';
import { placeCandidates, type PlacementCandidate } from '../../src/cartography/label-placement';
import { boxesOverlap, createGridIndex, createListIndex, type Box } from '../../src/cartography/box-index';

const box = (x: number, y: number, width = 40, height = 12): Box => ({ x, y, width, height });
const at = (id: string, priority: number, ...boxes: Box[]): PlacementCandidate<string> => ({ id, priority, positions: boxes.map((b, i) => ({ boxes: [b], place: `${id}@${i}` })) });
const viewport = { width: 500, height: 300 };

describe('placeCandidates', () => {
  it('places every label that fits and keeps the higher priority when two collide', () => {
    const placed = placeCandidates([at('low', 1, box(10, 10)), at('high', 9, box(20, 12)), at('far', 1, box(300, 200))], { viewport });
    expect(placed.map((p) => p.id)).toEqual(['high', 'far']);
  });

  it('moves a label to its next position rather than dropping it', () => {
    const placed = placeCandidates([at('a', 9, box(100, 100)), at('b', 5, box(110, 100), box(110, 130))], { viewport });
    expect(placed.map((p) => p.place)).toEqual(['a@0', 'b@1']);
  });

  it('keeps out of obstacles (the legend, symbols) and the edges of the viewport', () => {
    const placed = placeCandidates([at('under-legend', 9, box(400, 250), box(100, 100)), at('cut-off', 9, box(480, 10))], {
      viewport,
      obstacles: [box(380, 240, 120, 60)],
    });
    expect(placed.map((p) => p.place)).toEqual(['under-legend@1']);
  });

  it('lets a claim (a leader line) pass over obstacles, keeps it clear of earlier labels and keeps later labels off it', () => {
    const symbol = box(100, 100, 20, 20);
    const leader = box(95, 105, 40, 4);
    // over the symbol: taken, as the label's box itself is clear
    const withClaim: PlacementCandidate<string> = { id: 'capital', priority: 9, positions: [{ boxes: [box(140, 100)], claims: [leader], place: 'capital@0' }] };
    const later = at('later', 1, box(96, 104, 30, 6), box(300, 200));
    expect(placeCandidates([withClaim, later], { viewport, obstacles: [symbol] }).map((p) => p.place)).toEqual(['capital@0', 'later@1']);
    // a claim across an earlier label is not free: the next position is taken
    const earlier = at('earlier', 10, box(96, 104, 30, 6));
    const twoWays: PlacementCandidate<string> = { id: 'capital', priority: 9, positions: [{ boxes: [box(140, 100)], claims: [leader], place: 'capital@0' }, { boxes: [box(300, 40)], place: 'capital@1' }] };
    expect(placeCandidates([earlier, twoWays], { viewport }).map((p) => p.place)).toEqual(['earlier@0', 'capital@1']);
    // the same leader as a box of the label's own is kept off the symbol
    const asBox: PlacementCandidate<string> = { id: 'capital', priority: 9, positions: [{ boxes: [box(140, 100), leader], place: 'capital@0' }] };
    expect(placeCandidates([asBox], { viewport, obstacles: [symbol] })).toEqual([]);
  });

  it('gives the same answer whatever the input order (ties broken by id)', () => {
    const candidates = [at('b', 1, box(0, 0)), at('a', 1, box(10, 0)), at('c', 1, box(20, 0), box(0, 40))];
    const forward = placeCandidates(candidates, { viewport });
    const backward = placeCandidates([...candidates].reverse(), { viewport });
    expect(backward).toEqual(forward);
    expect(forward.map((p) => p.place)).toEqual(['a@0', 'c@1']);
  });

  it('gives the grid index and the plain scan the same placement', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const candidates = Array.from({ length: 400 }, (_, i) => at(`l${i}`, Math.floor(random() * 5), box(random() * 460, random() * 280, 10 + random() * 60), box(random() * 460, random() * 280)));
    const grid = placeCandidates(candidates, { viewport, index: 'grid' });
    expect(placeCandidates(candidates, { viewport, index: 'list' })).toEqual(grid);
    for (const [i, a] of grid.entries()) for (const b of grid.slice(i + 1)) expect(boxesOverlap(a.boxes[0]!, b.boxes[0]!)).toBe(false);
  });
});

describe('box indexes', () => {
  it('find the same collisions, including boxes partly off the grid', () => {
    const grid = createGridIndex({ width: 400, height: 300 }, 32);
    const list = createListIndex();
    for (const b of [box(-50, -20), box(100, 100, 300, 5), box(0, 0, 1, 1)]) {
      grid.add(b);
      list.add(b);
    }
    for (const probe of [box(-20, -15, 5, 5), box(350, 99, 10, 10), box(2, 2, 5, 5), box(1, 1, 4, 4)]) {
      expect(grid.collides(probe, 2)).toBe(list.collides(probe, 2));
    }
    expect(grid.collides(box(-20, -15, 5, 5), 0)).toBe(true);
    expect(grid.collides(box(2, 2, 5, 5), 0)).toBe(false);
    expect(grid.collides(box(2, 2, 5, 5), 2)).toBe(true);
  });
});
