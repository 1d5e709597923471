// The planner's marks on the exported page (src/annotations/): highlighted areas and circles, arrows,
// and notes in a white box beside a dot. Drawn inside the map frame above the features and the
// names, below the page's legend. Each note is kept inside the frame (moved to the other side of its
// dot when it would cross the edge), and its box is handed to the label placement so no name hides it.
// The note's text is data: escaped, never markup.
import type { GeoProjection } from 'd3-geo';
import { arrowHead, type Annotation } from '../annotations/annotation.ts';
import { escapeXml } from './escape.ts';
import type { Box } from './layout.ts';
import { fmt } from './svg-format.ts';
import { estimateWidth, wrapText } from './text-measure.ts';

/** The marks' colour, as on the map (src/styles/annotations.css). */
export const ANNOTATION_COLOUR = '#c2185b';
const KM_PER_DEGREE_LAT = 111.195;

export interface AnnotationsSvg {
  /** the areas, circles and arrows: under the names */
  shapes: string;
  /** the notes: above the names */
  notes: string;
  /** where the notes sit, for the label placement to avoid */
  boxes: Box[];
}

const xy = (projection: GeoProjection, lonLat: readonly [number, number]): [number, number] => projection([lonLat[0], lonLat[1]]) ?? [NaN, NaN];
const finite = (...values: number[]) => values.every(Number.isFinite);

function shapeSvg(mark: Annotation, projection: GeoProjection, unit: number): string {
  const stroke = `stroke="${ANNOTATION_COLOUR}" stroke-width="${fmt(2.5 * unit)}"`;
  switch (mark.kind) {
    case 'area': {
      const points = mark.ring.map((p) => xy(projection, p));
      if (!points.every(([x, y]) => finite(x, y))) return '';
      const d = `M${points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join('L')}Z`;
      return `<path class="annotation-area" d="${d}" fill="${ANNOTATION_COLOUR}" fill-opacity="0.12" ${stroke}/>`;
    }
    case 'circle': {
      const [cx, cy] = xy(projection, mark.centre);
      const [, ny] = xy(projection, [mark.centre[0], mark.centre[1] + mark.radiusKm / KM_PER_DEGREE_LAT]);
      const r = Math.abs(cy - ny);
      if (!finite(cx, cy, r)) return '';
      return `<circle class="annotation-circle" cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${ANNOTATION_COLOUR}" fill-opacity="0.12" ${stroke}/>`;
    }
    case 'arrow': {
      const from = xy(projection, mark.from);
      const to = xy(projection, mark.to);
      if (!finite(...from, ...to)) return '';
      const [a, b] = arrowHead(from, to, 14 * unit);
      return (
        `<g class="annotation-arrow">` +
        `<path d="M${fmt(from[0])},${fmt(from[1])}L${fmt(to[0])},${fmt(to[1])}" fill="none" ${stroke}/>` +
        `<path d="M${fmt(to[0])},${fmt(to[1])}L${fmt(a[0])},${fmt(a[1])}L${fmt(b[0])},${fmt(b[1])}Z" fill="${ANNOTATION_COLOUR}" stroke="none"/>` +
        `</g>`
      );
    }
    case 'note':
      return '';
  }
}

function noteSvg(text: string, at: [number, number], frame: Box, unit: number, fontSize: number): { svg: string; box: Box } {
  const pad = 4 * unit;
  const lines = wrapText(text, Math.min(frame.width * 0.4, 220 * unit), fontSize);
  const lineHeight = fontSize * 1.25;
  const width = Math.max(...lines.map((line) => estimateWidth(line, fontSize))) + 2 * pad;
  const height = lines.length * lineHeight + 2 * pad - (lineHeight - fontSize);
  const gap = 6 * unit;
  // beside the dot, up and to the right; flipped to the other side where the frame ends
  let x = at[0] + gap;
  let y = at[1] - gap - height;
  if (x + width > frame.x + frame.width) x = at[0] - gap - width;
  if (y < frame.y) y = at[1] + gap;
  x = Math.max(frame.x, Math.min(frame.x + frame.width - width, x));
  y = Math.max(frame.y, Math.min(frame.y + frame.height - height, y));
  const box = { x, y, width, height };
  const spans = lines.map((line, i) => `<tspan x="${fmt(x + pad)}" y="${fmt(y + pad + fontSize * 0.9 + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  const svg =
    `<g class="annotation-note" data-box="${fmt(x)} ${fmt(y)} ${fmt(width)} ${fmt(height)}">` +
    `<circle cx="${fmt(at[0])}" cy="${fmt(at[1])}" r="${fmt(3.5 * unit)}" fill="${ANNOTATION_COLOUR}" stroke="#ffffff" stroke-width="${fmt(unit)}"/>` +
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(width)}" height="${fmt(height)}" fill="#ffffff" fill-opacity="0.92" stroke="${ANNOTATION_COLOUR}" stroke-width="${fmt(1.2 * unit)}"/>` +
    `<text font-size="${fmt(fontSize)}" fill="#1a1a1a">${spans}</text>` +
    `</g>`;
  return { svg, box };
}

export function annotationsSvg(marks: readonly Annotation[], projection: GeoProjection, frame: Box, unit: number, fontSize: number): AnnotationsSvg {
  if (marks.length === 0) return { shapes: '', notes: '', boxes: [] };
  const shapes = marks.map((mark) => shapeSvg(mark, projection, unit)).join('');
  const boxes: Box[] = [];
  const notes: string[] = [];
  for (const mark of marks) {
    if (mark.kind !== 'note') continue;
    const at = xy(projection, mark.at);
    // a note whose point is off the page is left out, as the map leaves out what is outside the view
    if (!finite(...at) || at[0] < frame.x || at[0] > frame.x + frame.width || at[1] < frame.y || at[1] > frame.y + frame.height) continue;
    const note = noteSvg(mark.text, at, frame, unit, fontSize);
    notes.push(note.svg);
    boxes.push(note.box);
  }
  return {
    shapes: shapes === '' ? '' : `<g class="annotations">${shapes}</g>`,
    notes: notes.length === 0 ? '' : `<g class="annotation-notes">${notes.join('')}</g>`,
    boxes,
  };
}
