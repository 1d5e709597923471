// Feature symbols in the exported picture: the map's points and the legend's swatches, written as
// markup from the same shapes the screen draws (../style/symbol-swatch.ts).
import type { FeatureSymbol, PointSymbol } from '../style/symbology.ts';
import { pointShapes, swatchShapes, type SvgShape } from '../style/symbol-swatch.ts';

export function pointSymbolSvg(symbol: PointSymbol, x: number, y: number, unit: number, extraAttrs = ''): string {
  return shapesMarkup(pointShapes(symbol, { cx: x, cy: y, unit }), extraAttrs);
}

/** A legend swatch of `symbol` centred at (x, y), `width` wide (areas 16 units tall). */
export function swatchSvg(symbol: FeatureSymbol, x: number, y: number, width: number, unit: number): string {
  return shapesMarkup(swatchShapes(symbol, { cx: x, cy: y, width, height: 16 * unit, unit }));
}

const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The shapes as SVG markup; `extraAttrs` (already escaped) go on the last shape, the symbol itself. */
export function shapesMarkup(shapes: readonly SvgShape[], extraAttrs = ''): string {
  return shapes
    .map((shape, i) => `<${shape.tag} ${shape.attrs.map(([name, value]) => `${name}="${escapeAttr(value)}"`).join(' ')}${i === shapes.length - 1 ? extraAttrs : ''}/>`)
    .join('');
}
