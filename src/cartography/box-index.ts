// Collision tests for label placement: "does this box touch anything already claimed?". The grid
// index answers from the few cells a box covers, so placing n labels costs about n look-ups instead
// of n²/2 comparisons; the list index is the plain scan it replaces (kept as the benchmark baseline
// and as the reference the grid is checked against).

/** An axis-aligned box in screen pixels: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxIndex {
  /** true when `box`, grown by `padding` on every side, overlaps a box already added */
  collides(box: Box, padding: number): boolean;
  add(box: Box): void;
}

export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return a.x < b.x + b.width + padding && b.x < a.x + a.width + padding && a.y < b.y + b.height + padding && b.y < a.y + a.height + padding;
}

/** The plain way: compare with every box added so far. */
export function createListIndex(): BoxIndex {
  const boxes: Box[] = [];
  return {
    collides: (box, padding) => boxes.some((other) => boxesOverlap(box, other, padding)),
    add: (box) => void boxes.push(box),
  };
}

/**
 * A uniform grid of `cell`-pixel squares; each box is listed in every cell it covers. Cells are keyed
 * by one integer, so boxes off the screen (negative or far coordinates) still work.
 */
export function createGridIndex(cell = 64): BoxIndex {
  const cells = new Map<number, Box[]>();
  const key = (cx: number, cy: number) => cx * 73856093 + cy * 19349663;
  const span = (from: number, to: number) => [Math.floor(from / cell), Math.floor(to / cell)] as const;
  return {
    collides(box, padding) {
      const [x0, x1] = span(box.x - padding, box.x + box.width + padding);
      const [y0, y1] = span(box.y - padding, box.y + box.height + padding);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const list = cells.get(key(cx, cy));
          if (list) for (const other of list) if (boxesOverlap(box, other, padding)) return true;
        }
      }
      return false;
    },
    add(box) {
      const [x0, x1] = span(box.x, box.x + box.width);
      const [y0, y1] = span(box.y, box.y + box.height);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const k = key(cx, cy);
          const list = cells.get(k);
          if (list) list.push(box);
          else cells.set(k, [box]);
        }
      }
    },
  };
}
