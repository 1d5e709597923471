// Paints a large user layer's parts (user-layer-geometry.ts) into a pixel buffer a stretch at a
// time: areas under lines under points, as the SVG mode stacks them, resumed where the last stretch
// stopped. Points are square markers, or proportional circles in their drawing order (largest first,
// user-layer-sizes.ts) when the layer is sized by a column. The canvas layer (user-layer-canvas.ts) spreads one view's drawing over several tasks
// this way (200,000 points in one go froze the page for up to 370 ms); drawn in stretches or at
// once, the pixels are the same. Pure: no DOM, no clock.
import type { ShapeParts } from './user-layer-geometry';
import { drawSquare, fillPolygon, strokePolyline, type Raster, type Rgb } from './feature-canvas-raster';
import type { SizedPoints } from './user-layer-sizes';
import { drawCircle, type CircleFill } from './canvas-circle';

/** What the parts are drawn at: the view in zoom-0 world pixels and the sizes in device pixels. */
export interface PaintView {
  /** world pixels (zoom 0) of the view's top-left corner */
  readonly left: number;
  readonly top: number;
  /** world pixels (zoom 0) of the view's bottom-right corner */
  readonly right: number;
  readonly bottom: number;
  /** 2^zoom */
  readonly scale: number;
  /** device pixels per CSS pixel */
  readonly ratio: number;
  /** world pixels around the view in which a part still shows (half a marker, a line's width) */
  readonly margin: number;
  /** marker side, line width and marker border, device pixels */
  readonly marker: number;
  readonly lineWidth: number;
  readonly border: number;
}

/** The colours: per feature an index into `rgb` / `word` (packed), and the markers' border. */
export interface PaintColours {
  readonly rgb: readonly Rgb[];
  readonly word: readonly number[];
  readonly ofFeature: Uint16Array;
  readonly borderWord: number;
  readonly areaOpacity: number;
}

/** Points drawn as proportional circles: their radii and order, and the fills by colour index. */
export interface PaintSizes {
  readonly sized: SizedPoints;
  readonly fills: readonly CircleFill[];
}

/** Where a drawing stopped: the pass (0 areas, 1 lines, 2 points) and the next part of it. */
export interface PaintCursor {
  pass: number;
  part: number;
}

const PASSES = ['area', 'line', 'point'] as const;

export const startOfPainting = (): PaintCursor => ({ pass: 0, part: 0 });

export const paintingDone = (cursor: PaintCursor): boolean => cursor.pass >= PASSES.length;

/**
 * Draws parts from `cursor` on, moving it along, until all are drawn (true) or `enough` says stop
 * (false; asked after each part looked at, with how many parts this call has looked at and how
 * many of them it drew). `screen` is scratch of coords' length: a part's positions are put in
 * device pixels when it is drawn.
 */
export function paintParts(raster: Raster, parts: ShapeParts, screen: Float32Array, view: PaintView, colours: PaintColours, cursor: PaintCursor, enough: (looked: number, drawn: number) => boolean, sizes?: PaintSizes): boolean {
  const { coords, boxes, kind, ranges, feature } = parts;
  const { left, top, right, bottom, scale, ratio } = view;
  const k = scale * ratio;
  let [looked, drawn] = [0, 0];
  while (cursor.pass < PASSES.length) {
    const pass = PASSES[cursor.pass]!;
    // sized points in their own order (only the points), every other pass over all parts
    const order = pass === 'point' && sizes ? sizes.sized.order : null;
    const count = order ? order.length : kind.length;
    const margin = order ? (sizes!.sized.largest * ratio + view.lineWidth) / k : view.margin;
    while (cursor.part < count) {
      const p = order ? order[cursor.part++]! : cursor.part++;
      looked++;
      const inView = kind[p] === pass && !(boxes[p * 4]! > right + margin || boxes[p * 4 + 2]! < left - margin || boxes[p * 4 + 1]! > bottom + margin || boxes[p * 4 + 3]! < top - margin);
      if (inView) {
        drawn++;
        const rings = ranges[p]!;
        // a part's rings follow one another in coords
        for (let c = rings[0]!, stop = rings[rings.length - 1]!; c < stop; c += 2) {
          screen[c] = (coords[c]! - left) * k;
          screen[c + 1] = (coords[c + 1]! - top) * k;
        }
        const colour = colours.ofFeature[feature[p]!]!;
        if (order) {
          const { radius, hollow } = sizes!.sized;
          drawCircle(raster, screen[rings[0]!]!, screen[rings[0]! + 1]!, radius[p]! * ratio, hollow[p] ? null : sizes!.fills[colour]!, colours.word[colour]!, view.border);
        } else if (pass === 'point') {
          drawSquare(raster, screen[rings[0]!]!, screen[rings[0]! + 1]!, view.marker, colours.word[colour]!, colours.borderWord, view.border);
        } else {
          if (pass === 'area') fillPolygon(raster, screen, rings, colours.rgb[colour]!, colours.areaOpacity);
          for (let r = 0; r < rings.length; r += 2) strokePolyline(raster, screen, rings[r]!, rings[r + 1]!, view.lineWidth, colours.word[colour]!, [], pass === 'area');
        }
      }
      if (enough(looked, drawn)) {
        if (cursor.part >= count) [cursor.pass, cursor.part] = [cursor.pass + 1, 0];
        return paintingDone(cursor);
      }
    }
    [cursor.pass, cursor.part] = [cursor.pass + 1, 0];
  }
  return true;
}
