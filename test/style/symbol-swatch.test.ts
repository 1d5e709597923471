// The one drawing of a symbol that the screen (DOM) and the export (markup) share: what each kind of
// symbol becomes, written out here as a reader of the SVG would expect it.
import { describe, expect, it } from 'vitest';
import { pointShapes, swatchShapes } from '../../src/style/symbol-swatch.ts';
import { shapesMarkup } from '../../src/export/symbol-svg.ts';
import type { AreaSymbol, LineSymbol, PointSymbol } from '../../src/style/symbology.ts';

const rail: LineSymbol = { kind: 'line', stroke: '#000000', width: 3, dash: [6, 3] };
const zone: AreaSymbol = { kind: 'area', fill: '#D55E00', fillOpacity: 0.2, stroke: '#D55E00', strokeWidth: 1.5, dash: null };
const park: PointSymbol = { kind: 'point', shape: 'square', fill: '#0072B2', stroke: '#ffffff', strokeWidth: 1, size: 16 };
const hollowPark: PointSymbol = { ...park, fill: null, stroke: '#0072B2', strokeWidth: 2 };

const attr = (markup: string, name: string) => markup.match(new RegExp(` ${name}="([^"]*)"`))?.[1];

describe('symbol swatches', () => {
  it('draws a line as a horizontal stroke across the box, its width and dashes scaled by the unit', () => {
    const markup = shapesMarkup(swatchShapes(rail, { cx: 20, cy: 10, width: 28, height: 16, unit: 2 }));
    expect(markup).toBe('<path d="M6,10H34" fill="none" stroke="#000000" stroke-width="6" stroke-dasharray="12 6"/>');
  });

  it('draws an area as a box of the given size centred on the point, solid outline when it has no dash', () => {
    const markup = shapesMarkup(swatchShapes(zone, { cx: 11, cy: 11, width: 16, height: 16, unit: 1 }));
    expect(markup).toBe('<rect x="3" y="3" width="16" height="16" fill="#D55E00" fill-opacity="0.2" stroke="#D55E00" stroke-width="1.5"/>');
  });

  it('draws a point at its own size, no larger than the box allows', () => {
    const [shape] = swatchShapes(park, { cx: 0, cy: 0, width: 18, height: 18, unit: 1, maxPointSize: 12 });
    const markup = shapesMarkup([shape!]);
    expect(attr(markup, 'transform')).toBe('translate(0,0)');
    // a square of diameter 12 reaches 1.2 × 6 = 7.2 from the centre along its diagonal: corners at ±5.09
    expect(attr(markup, 'd')).toBe('M5.09,5.09L-5.09,5.09L-5.09,-5.09L5.09,-5.09Z');
    expect(attr(markup, 'fill')).toBe('#0072B2');
  });

  it('keeps the screen\'s dashed halo and translucent fill for an approximate point, and the export\'s plain hollow shape', () => {
    const screen = pointShapes(hollowPark, { cx: 0, cy: 0, unit: 1, haloRadius: 15.5 });
    expect(screen.map((shape) => shape.tag)).toEqual(['circle', 'path']);
    expect(shapesMarkup(screen)).toContain('stroke-dasharray="3 3"');
    expect(attr(shapesMarkup([screen[1]!]), 'fill-opacity')).toBe('0.6');

    const exported = pointShapes(hollowPark, { cx: 100, cy: 50, unit: 3 });
    expect(exported.map((shape) => shape.tag)).toEqual(['path']);
    expect(shapesMarkup(exported)).toMatch(/^<path transform="translate\(100,50\)" d="[^"]+" fill="#ffffff" stroke="#0072B2" stroke-width="6"\/>$/);
  });

  it('gives a filled point no halo even when the screen asks for one', () => {
    expect(pointShapes(park, { cx: 0, cy: 0, unit: 1, haloRadius: 15.5 }).map((shape) => shape.tag)).toEqual(['path']);
  });

  it('puts extra attributes (the export\'s class and id) on the symbol, not on its halo', () => {
    expect(shapesMarkup(pointShapes(park, { cx: 1, cy: 2, unit: 1 }), ' class="feature point"')).toMatch(/^<path [^>]* class="feature point"\/>$/);
  });

  it('escapes attribute values, so a colour read from a file cannot break the markup', () => {
    expect(shapesMarkup(swatchShapes({ ...rail, stroke: 'red" onload="x' }, { cx: 0, cy: 0, width: 10, height: 10, unit: 1 }))).toContain('stroke="red&quot; onload=&quot;x"');
  });
});
