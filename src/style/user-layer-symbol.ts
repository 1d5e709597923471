// The legend symbol of a planner's or published layer, decided once for the Layers tab, the embed's
// legend and the exported legend: a dot when every feature is a point, a stroke when every feature is
// a line, otherwise (areas, or a mix of kinds) a filled box, all in the layer's colour.
import type { Geometry } from 'geojson';
import type { FeatureSymbol } from './symbology.ts';

export type Dimension = 'point' | 'line' | 'area';

const FALLBACK_COLOUR = '#d95f02';
/** The colour reaches an attribute: anything but #rrggbb is replaced rather than written. */
export const safeColour = (colour: string): string => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : FALLBACK_COLOUR);

/** The kinds of geometry in `geometry` (a collection's members counted one by one), added to `into`. */
export function dimensionsOf(geometry: Geometry, into: Set<Dimension>): Set<Dimension> {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      into.add('point');
      break;
    case 'LineString':
    case 'MultiLineString':
      into.add('line');
      break;
    case 'Polygon':
    case 'MultiPolygon':
      into.add('area');
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => dimensionsOf(g, into));
  }
  return into;
}

export interface SymbolisedLayer {
  colour: string;
  features: readonly { geometry: Geometry | null }[];
}

/** Every feature is looked at, so a layer of points with one area is drawn as an area in every legend. */
export function userLayerSymbol(layer: SymbolisedLayer): FeatureSymbol {
  const colour = safeColour(layer.colour);
  const kinds = new Set<Dimension>();
  for (const feature of layer.features) if (feature.geometry) dimensionsOf(feature.geometry, kinds);
  if (kinds.size === 1 && kinds.has('point')) return { kind: 'point', shape: 'circle', fill: colour, stroke: '#ffffff', strokeWidth: 1, size: 10 };
  if (kinds.size === 1 && kinds.has('line')) return { kind: 'line', stroke: colour, width: 2, dash: null };
  return { kind: 'area', fill: colour, fillOpacity: 0.25, stroke: colour, strokeWidth: 2, dash: null };
}
