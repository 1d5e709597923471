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
 * A uniform grid of `cell`-pixel squares over the viewport; each box is listed in every cell it
 * covers (cells are clamped to the grid, so a box partly off the screen is still found: the overlap
 * test itself stays exact).
 */
export function createGridIndex(viewport: { width: number; height: number }, cell = 48): BoxIndex {
  const cols = Math.max(1, Math.ceil(viewport.width / cell));
  const rows = Math.max(1, Math.ceil(viewport.height / cell));
  const cells: (Box[] | undefined)[] = new Array(cols * rows);
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor(x / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / cell)));
  return {
    collides(box, padding) {
      const [x0, x1, y0, y1] = [col(box.x - padding), col(box.x + box.width + padding), row(box.y - padding), row(box.y + box.height + padding)];
      for (let cy = y0; cy <= y1; cy++) {
        for (let cx = x0; cx <= x1; cx++) {
          const list = cells[cy * cols + cx];
          if (list) for (const other of list) if (boxesOverlap(box, other, padding)) return true;
        }
      }
      return false;
    },
    add(box) {
      const [x0, x1, y0, y1] = [col(box.x), col(box.x + box.width), row(box.y), row(box.y + box.height)];
      for (let cy = y0; cy <= y1; cy++) {
        for (let cx = x0; cx <= x1; cx++) {
          const k = cy * cols + cx;
          const list = cells[k];
          if (list) list.push(box);
          else cells[k] = [box];
        }
      }
    },
  };
}
