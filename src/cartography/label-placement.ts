// Greedy placement with alternative positions: candidates are taken by priority (then id, so the
// result never depends on input order); each tries its positions in order and takes the first whose
// boxes are inside the viewport and touch nothing claimed before (other labels, symbols, the legend
// and the map's controls). A candidate with no free position is left out: lower-priority labels drop
// out rather than overlap.
import { createGridIndex, createListIndex, type Box, type BoxIndex } from './box-index';

export interface LabelPosition<P> {
  /** the boxes this position covers (one for straight text; a chain along rotated text) */
  boxes: readonly Box[];
  /** whatever the renderer needs to draw the label at this position */
  place: P;
  /**
   * space the label takes from the labels placed after it, which needs to be clear of the labels
   * placed before it but not of the obstacles (a leader line that may pass over symbols)
   */
  claims?: readonly Box[];
}

export interface PlacementCandidate<P> {
  id: string;
  /** larger wins */
  priority: number;
  /** tried in order; the first free one is taken */
  positions: readonly LabelPosition<P>[];
}

export interface PlacementOptions {
  viewport: { width: number; height: number };
  /** free space kept between two labels and between a label and an obstacle, in pixels */
  padding?: number;
  /** space no label may touch: symbols, the legend, the map's controls */
  obstacles?: readonly Box[];
  /**
   * space a label keeps off when it can (the corridor lines on a printed page): a candidate takes its
   * first free position clear of these, else its first free position
   */
  softObstacles?: readonly Box[];
  /** 'grid' (default) or 'list' (the plain scan; same answer, slower) */
  index?: 'grid' | 'list';
}

export interface Placed<P> {
  id: string;
  priority: number;
  place: P;
  boxes: readonly Box[];
}

function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

export function byPriority(a: { id: string; priority: number }, b: { id: string; priority: number }): number {
  return b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function placeCandidates<P>(candidates: readonly PlacementCandidate<P>[], options: PlacementOptions): Placed<P>[] {
  const padding = options.padding ?? 2;
  const labels: BoxIndex = options.index === 'list' ? createListIndex() : createGridIndex(options.viewport);
  const obstacles: BoxIndex = options.index === 'list' ? createListIndex() : createGridIndex(options.viewport);
  for (const box of options.obstacles ?? []) obstacles.add(box);
  let soft: BoxIndex | null = null;
  if (options.softObstacles && options.softObstacles.length > 0) {
    soft = options.index === 'list' ? createListIndex() : createGridIndex(options.viewport);
    for (const box of options.softObstacles) soft.add(box);
  }
  const placed: Placed<P>[] = [];
  const free = (position: LabelPosition<P>) =>
    position.boxes.every((box) => inside(box, options.viewport) && !labels.collides(box, padding) && !obstacles.collides(box, 0)) &&
    (position.claims ?? []).every((box) => !labels.collides(box, padding));
  const clear = (position: LabelPosition<P>) => !soft || position.boxes.every((box) => !soft.collides(box, 0));
  for (const candidate of [...candidates].sort(byPriority)) {
    const position = (soft ? candidate.positions.find((p) => clear(p) && free(p)) : undefined) ?? candidate.positions.find(free);
    if (!position) continue;
    for (const box of [...position.boxes, ...(position.claims ?? [])]) labels.add(box);
    placed.push({ id: candidate.id, priority: candidate.priority, place: position.place, boxes: position.boxes });
  }
  return placed;
}
