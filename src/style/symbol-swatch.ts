// One drawing of a feature symbol as SVG shapes: the map's point markers, the legend swatches of the
// layers panel, the legend key and the embed (built as DOM nodes by src/map/feature-symbols.ts), and
// the exported picture's points and legend rows (written as markup by src/export/symbol-svg.ts, which
// stays out of the first view) all come from here, so the screen and the export cannot drift apart. Pure: shapes are tag names and
// attributes, numbers already rounded for SVG. Only path, rect and circle, which the PDF writer draws.
import type { FeatureSymbol, PointSymbol } from './symbology.ts';
import { pointShapePath } from './point-shapes.ts';
import { fmt } from './svg-number.ts';

export interface SvgShape {
  tag: 'path' | 'rect' | 'circle';
  /** in the order they are written */
  attrs: [name: string, value: string][];
}

export interface SwatchBox {
  /** the swatch's centre */
  cx: number;
  cy: number;
  /** what a line or an area fills; a point is drawn at its own size */
  width: number;
  height: number;
  /** scale of stroke widths, dashes and point sizes (1 on screen, the page's unit in the export) */
  unit: number;
  /** the largest point diameter that fits, when the box is small (screen legends) */
  maxPointSize?: number;
  /** the live map's look of an approximate (hollow) point: a dashed halo of this radius and a translucent fill */
  haloRadius?: number;
}

function dashed(attrs: [string, string][], dash: number[] | null, unit: number): [string, string][] {
  if (dash) attrs.push(['stroke-dasharray', dash.map((d) => fmt(d * unit)).join(' ')]);
  return attrs;
}

/** A point symbol centred at (cx, cy): its shape, and on screen the dashed halo of an approximate point. */
export function pointShapes(symbol: PointSymbol, box: Pick<SwatchBox, 'cx' | 'cy' | 'unit' | 'maxPointSize' | 'haloRadius'>): SvgShape[] {
  const shapes: SvgShape[] = [];
  const hollow = symbol.fill === null;
  const halo = hollow && box.haloRadius !== undefined;
  if (halo) {
    shapes.push({
      tag: 'circle',
      attrs: [['cx', fmt(box.cx)], ['cy', fmt(box.cy)], ['r', fmt(box.haloRadius!)], ['fill', symbol.stroke], ['fill-opacity', '0.08'], ['stroke', symbol.stroke], ['stroke-width', '1'], ['stroke-dasharray', '3 3']],
    });
  }
  const size = Math.min(symbol.size * box.unit, box.maxPointSize ?? Infinity);
  const attrs: [string, string][] = [['transform', `translate(${fmt(box.cx)},${fmt(box.cy)})`], ['d', pointShapePath(symbol.shape, size)], ['fill', symbol.fill ?? '#ffffff']];
  if (halo) attrs.push(['fill-opacity', '0.6']);
  attrs.push(['stroke', symbol.stroke], ['stroke-width', fmt(symbol.strokeWidth * box.unit)]);
  shapes.push({ tag: 'path', attrs });
  return shapes;
}

/** A legend swatch of any symbol: the point shape, a line segment across the box, or a filled box. */
export function swatchShapes(symbol: FeatureSymbol, box: SwatchBox): SvgShape[] {
  const { cx, cy, width, height, unit } = box;
  switch (symbol.kind) {
    case 'point':
      return pointShapes(symbol, box);
    case 'line':
      return [{
        tag: 'path',
        attrs: dashed([['d', `M${fmt(cx - width / 2)},${fmt(cy)}H${fmt(cx + width / 2)}`], ['fill', 'none'], ['stroke', symbol.stroke], ['stroke-width', fmt(symbol.width * unit)]], symbol.dash, unit),
      }];
    case 'area':
      return [{
        tag: 'rect',
        attrs: dashed(
          [['x', fmt(cx - width / 2)], ['y', fmt(cy - height / 2)], ['width', fmt(width)], ['height', fmt(height)], ['fill', symbol.fill], ['fill-opacity', String(symbol.fillOpacity)], ['stroke', symbol.stroke], ['stroke-width', fmt(symbol.strokeWidth * unit)]],
          symbol.dash,
          unit,
        ),
      }];
  }
}
