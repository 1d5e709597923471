// A planner's or published layer's swatch in the Layers tab and the embed's legend: the symbol
// style/user-layer-symbol.ts decides (the export's legend uses the same), drawn by the shared
// swatch renderer (map/feature-symbols.ts over style/symbol-swatch.ts).
import { symbolSwatch } from '../map/feature-symbols';
import { userLayerSymbol, type SymbolisedLayer } from '../style/user-layer-symbol';

const SWATCH_BOX = 18;

export function userLayerSwatch(layer: SymbolisedLayer): SVGSVGElement {
  const symbol = userLayerSymbol(layer);
  const svg = symbolSwatch(symbol, SWATCH_BOX);
  svg.classList.add('user-legend__swatch', `user-legend__swatch--${symbol.kind}`);
  return svg;
}
