// The locator inset: China's outline with the two provinces marked, so a reader abroad sees where
// the map lies. The geometry is projected at data time (data/build/locator.ts writes
// public/data/locator.json: SVG path data in a fixed box); this module turns it into a drawing
// description that two writers share: DOM nodes for the map's corner (src/map/locator-control.ts)
// and SVG text for the export. Pure: no DOM.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';

export interface LocatorData {
  /** the box the paths are drawn in, pixels */
  width: number;
  height: number;
  /** China's outline (mainland, Hainan, Taiwan), SVG path data */
  country: string;
  /** Sichuan and Chongqing, SVG path data */
  provinces: string;
  /** where the data comes from, for the export's source line */
  source: string;
}

export interface LocatorShape {
  kind: 'country' | 'provinces';
  d: string;
}

export interface LocatorDrawing {
  viewBox: string;
  width: number;
  height: number;
  title: string;
  shapes: LocatorShape[];
}


/** Checks what was fetched; names the first field that is wrong. */
export function parseLocatorData(value: unknown): LocatorData {
  const data = value as Partial<LocatorData> | null;
  if (!data || typeof data !== 'object') throw new Error('locator.json is not an object');
  for (const key of ['width', 'height'] as const) {
    if (typeof data[key] !== 'number' || !(data[key] > 0)) throw new Error(`locator.json: "${key}" is not a positive number`);
  }
  for (const key of ['country', 'provinces', 'source'] as const) {
    if (typeof data[key] !== 'string' || data[key] === '') throw new Error(`locator.json: "${key}" is not a non-empty string`);
  }
  return data as LocatorData;
}

/** The inset at `width` pixels wide (height in proportion). */
export function locatorDrawing(data: LocatorData, lang: Lang, width = data.width): LocatorDrawing {
  return {
    viewBox: `0 0 ${data.width} ${data.height}`,
    width,
    height: Math.round((width * data.height) / data.width),
    title: translate(lang, 'locator.title'),
    shapes: [
      { kind: 'country', d: data.country },
      { kind: 'provinces', d: data.provinces },
    ],
  };
}

export const LOCATOR_COLORS = { country: { fill: '#e6e4de', stroke: '#8c887e' }, provinces: { fill: '#d9480f', stroke: '#8a2d07' } } as const;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** SVG text of the inset, placed at (x, y): for the export renderer. */
export function locatorSvg(drawing: LocatorDrawing, x: number, y: number): string {
  const scale = drawing.width / Number(drawing.viewBox.split(' ')[2]);
  const shapes = drawing.shapes
    .map((shape) => `<path d="${escapeXml(shape.d)}" fill="${LOCATOR_COLORS[shape.kind].fill}" stroke="${LOCATOR_COLORS[shape.kind].stroke}" stroke-width="${(0.8 / scale).toFixed(2)}"/>`)
    .join('');
  return (
    `<g class="locator" transform="translate(${x} ${y})"><title>${escapeXml(drawing.title)}</title>` +
    `<rect width="${drawing.width}" height="${drawing.height}" fill="#fff" stroke="#8c887e"/>` +
    `<g transform="scale(${scale.toFixed(5)})">${shapes}</g></g>`
  );
}
