// SVG markup of one feature symbol, used both on the map and as a legend swatch.
import type { FeatureSymbol, PointSymbol } from '../style/symbology.ts';
import { pointShapePath } from './point-shapes.ts';
import { dashAttr, fmt } from './svg-format.ts';

export function pointSymbolSvg(symbol: PointSymbol, x: number, y: number, unit: number, extraAttrs = ''): string {
  const fill = symbol.fill ?? '#ffffff';
  return `<path transform="translate(${fmt(x)},${fmt(y)})" d="${pointShapePath(symbol.shape, symbol.size * unit)}" fill="${fill}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidth * unit)}"${extraAttrs}/>`;
}

/** A legend swatch of `symbol` centred at (x, y), about `width` wide. */
export function swatchSvg(symbol: FeatureSymbol, x: number, y: number, width: number, unit: number): string {
  switch (symbol.kind) {
    case 'point':
      return pointSymbolSvg(symbol, x, y, unit);
    case 'line':
      return `<path d="M${fmt(x - width / 2)},${fmt(y)}H${fmt(x + width / 2)}" fill="none" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.width * unit)}"${dashAttr(symbol.dash, unit)}/>`;
    case 'area':
      return `<rect x="${fmt(x - width / 2)}" y="${fmt(y - 8 * unit)}" width="${fmt(width)}" height="${fmt(16 * unit)}" fill="${symbol.fill}" fill-opacity="${symbol.fillOpacity}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidth * unit)}"${dashAttr(symbol.dash, unit)}/>`;
  }
}
