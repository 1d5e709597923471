// Greedy label placement: the most important labels claim their screen box first; a label whose
// box would overlap one already placed (or leave the viewport) is hidden. Good enough for a few
// hundred labels and, unlike a force layout, stable while panning.

export interface LabelBox {
  id: string;
  /** top-left corner and size in screen pixels */
  x: number;
  y: number;
  width: number;
  height: number;
  /** larger wins; equal priorities keep the input order */
  priority: number;
}

export interface LayoutOptions {
  /** minimum free space between two labels, in pixels */
  padding?: number;
  /** when given, labels not wholly inside [0, width] × [0, height] are hidden */
  viewport?: { width: number; height: number };
}

function overlaps(a: LabelBox, b: LabelBox, padding: number): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

function insideViewport(box: LabelBox, viewport: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

/** Returns the ids of the labels to show. The input is not modified. */
export function placeLabels(boxes: readonly LabelBox[], options: LayoutOptions = {}): Set<string> {
  const padding = options.padding ?? 2;
  const ordered = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => b.box.priority - a.box.priority || a.index - b.index);
  const placed: LabelBox[] = [];
  for (const { box } of ordered) {
    if (options.viewport && !insideViewport(box, options.viewport)) continue;
    if (placed.some((other) => overlaps(box, other, padding))) continue;
    placed.push(box);
  }
  return new Set(placed.map((box) => box.id));
}
