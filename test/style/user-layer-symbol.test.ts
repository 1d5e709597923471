// One decision for a user layer's legend symbol: the Layers tab, the embed and the export all ask
// userLayerSymbol, which looks at every feature. Before, the screen looked only at the first feature,
// so a layer starting with a point showed a dot on screen and a box in the exported legend.
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { userLayerSymbol } from '../../src/style/user-layer-symbol.ts';
import { userLayerLegendItems, type ExportUserLayer } from '../../src/export/user-layers.ts';
import { swatchShapes } from '../../src/style/symbol-swatch.ts';

const point: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [104.07, 30.67] } };
const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[104, 30], [105, 31]] } };
const area: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[104, 30], [104.5, 30], [104.5, 30.5], [104, 30]]] } };
const layer = (features: Feature[], colour = '#b2182b'): ExportUserLayer => ({ id: 'L1', name: 'parks', colour, features });

describe('userLayerSymbol', () => {
  it('gives a mixed layer whose first feature is a point one area symbol, on screen and in the export legend', () => {
    const mixed = layer([point, point, area]);
    const symbol = userLayerSymbol(mixed);
    expect(symbol).toMatchObject({ kind: 'area', fill: '#b2182b', stroke: '#b2182b' });
    expect(userLayerLegendItems([mixed])[0]?.symbol).toEqual(symbol);
    // and the one renderer draws it as a filled box
    expect(swatchShapes(symbol, { cx: 9, cy: 9, width: 12, height: 12, unit: 1 }).map((shape) => shape.tag)).toEqual(['rect']);
  });

  it('gives a dot to points only and a stroke to lines only', () => {
    expect(userLayerSymbol(layer([point, point])).kind).toBe('point');
    expect(userLayerSymbol(layer([line])).kind).toBe('line');
    expect(userLayerSymbol(layer([point, line])).kind).toBe('area');
    expect(userLayerSymbol(layer([{ type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [point.geometry] } }])).kind).toBe('point');
  });

  it('never writes a colour that is not #rrggbb', () => {
    expect(userLayerSymbol(layer([point], 'red" onload="x'))).toMatchObject({ fill: '#d95f02' });
  });
});
