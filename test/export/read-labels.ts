// Reading an exported page's names back from its SVG: the label boxes, the leader lines, the numbered
// key's rows, and the geometry to tell whether a leader crosses another label or leader. Shared by the
// renderer's unit tests and the command-line export's browser test.

/** x, y, width, height in the page's units */
export type Box = [number, number, number, number];
export type Point = readonly [number, number];

/** Every name's and number's box on the map: seat names, project names and key numbers. */
export const labelBoxes = (svg: string): Box[] => [...svg.matchAll(/<g class="(?:seat-label|project-label|key-number)"[^>]*data-box="([^"]+)"/g)].map((m) => m[1]!.split(' ').map(Number) as Box);

export const boxesOverlap = (a: Box, b: Box): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/** Each leader line, from the box of the label it leads from (`label`: its id) to the edge of its symbol. */
export const leadersOf = (svg: string): { label: string; box: Box; from: Point; to: Point }[] =>
  [...svg.matchAll(/<g class="leader" data-label="([^"]+)" data-box="([^"]+)"><path class="leader-halo" d="M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)"/g)].map((m) => ({
    label: m[1]!,
    box: m[2]!.split(' ').map(Number) as Box,
    from: [Number(m[3]), Number(m[4])] as const,
    to: [Number(m[5]), Number(m[6])] as const,
  }));

/** The numbered key's rows: the number, the ids it stands for (the numbered project first) and its text. */
export const keyRowsOf = (svg: string): { number: number; ids: string[]; text: string }[] =>
  [...svg.matchAll(/<g class="key-row" data-number="(\d+)" data-ids="([^"]*)">(.*?)<\/g>/g)].map((m) => ({
    number: Number(m[1]),
    ids: m[2]!.split(' '),
    text: [...m[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&')).join(' '),
  }));

/** A row's text cut into its projects' names, line breaks taken out (neighbours sharing a number: "A; B" / "甲；乙"). */
export const namesIn = (text: string): string[] => text.split(/；|; /).map((name) => name.replace(/\s/g, ''));

/** Whether the segment a–b passes through the inside of the box (shrunk by `inset`: touching an edge is not crossing). */
export function segmentCrossesBox(a: Point, b: Point, [x, y, w, h]: Box, inset = 0.5): boolean {
  const [x0, y0, x1, y1] = [x + inset, y + inset, x + w - inset, y + h - inset];
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky: clip the segment to the box; it crosses when something is left
  let t0 = 0;
  let t1 = 1;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  for (const [p, q] of [[-dx, a[0] - x0], [dx, x1 - a[0]], [-dy, a[1] - y0], [dy, y1 - a[1]]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether two segments cross (not merely touch at an end). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** What is wrong with a page's names: boxes overlapping, and leaders crossing another label or leader. */
export function labelClashes(svg: string): string[] {
  const boxes = labelBoxes(svg);
  const clashes: string[] = [];
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (boxesOverlap(a, b)) clashes.push(`${a} overlaps ${b}`);
  const leaders = leadersOf(svg);
  for (const [i, leader] of leaders.entries()) {
    for (const box of boxes) if (box.join() !== leader.box.join() && segmentCrossesBox(leader.from, leader.to, box)) clashes.push(`the leader to ${leader.box} crosses ${box}`);
    for (const other of leaders.slice(i + 1)) if (segmentsCross(leader.from, leader.to, other.from, other.to)) clashes.push(`the leaders to ${leader.box} and ${other.box} cross`);
  }
  return clashes;
}
