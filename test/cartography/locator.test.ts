import { describe, expect, it } from 'vitest';
import { locatorDrawing, locatorSvg, parseLocatorData } from '../../src/cartography/locator';

const data = { width: 160, height: 124, country: 'M0,0L160,0L160,124Z', provinces: 'M60,60L70,60L65,70Z', source: 'Natural Earth' };

describe('parseLocatorData', () => {
  it('accepts a complete file', () => {
    expect(parseLocatorData(data)).toEqual(data);
  });
  it('names the field that is wrong', () => {
    expect(() => parseLocatorData({ ...data, width: 0 })).toThrow('"width" is not a positive number');
    expect(() => parseLocatorData({ ...data, provinces: '' })).toThrow('"provinces" is not a non-empty string');
    expect(() => parseLocatorData(null)).toThrow('locator.json is not an object');
  });
});

describe('locatorDrawing', () => {
  it('draws the country under the provinces, titled in the language asked for, at the width asked for', () => {
    const drawing = locatorDrawing(data, 'en', 80);
    expect(drawing.shapes.map((s) => s.kind)).toEqual(['country', 'provinces']);
    expect(drawing.title).toBe('Locator: Sichuan and Chongqing within China');
    expect(locatorDrawing(data, 'zh').title).toContain('四川省和重庆市');
    expect([drawing.width, drawing.height]).toEqual([80, 62]);
    expect(drawing.viewBox).toBe('0 0 160 124');
  });
});

describe('locatorSvg', () => {
  it('writes a group at the position asked for, scaled from the data box, with an escaped title', () => {
    const svg = locatorSvg({ ...locatorDrawing(data, 'en', 80), title: 'A & <B>' }, 10, 20);
    expect(svg).toMatch(/^<g class="locator" transform="translate\(10 20\)">/);
    expect(svg).toContain('<title>A &#38; &#60;B&#62;</title>');
    expect(svg).toContain('scale(0.50000)');
    expect(svg.match(/<path /g)).toHaveLength(2);
  });
});
