// A scale bar true at the map's centre latitude. On Mercator the scale changes with latitude,
// so the bar is measured, not assumed: two points a known geodesic distance apart at the
// centre are projected and their pixel distance gives pixels per kilometre there.
import type { GeoProjection } from 'd3-geo';
import { distance } from '@turf/distance';
import { escapeXml } from './escape.ts';
import { fmt } from './svg-format.ts';
import type { Box } from './layout.ts';

/** Pixels per kilometre, east–west, at the centre of `frame`. */
export function pixelsPerKmAtCentre(projection: GeoProjection, frame: Box): number {
  const centre = projection.invert?.([frame.x + frame.width / 2, frame.y + frame.height / 2]);
  if (!centre) throw new Error('projection cannot be inverted');
  const [lon, lat] = centre;
  const halfSpanDeg = 0.05;
  const west: [number, number] = [lon - halfSpanDeg, lat];
  const east: [number, number] = [lon + halfSpanDeg, lat];
  const km = distance(west, east, { units: 'kilometers' });
  const a = projection(west);
  const b = projection(east);
  if (!a || !b) throw new Error('scale points fall outside the projection');
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
}

/** The longest 1, 2 or 5 × 10^n km that is at most `maxKm`. */
export function roundScaleLength(maxKm: number): number {
  if (!(maxKm > 0)) throw new Error(`scale bar needs a positive length; got ${maxKm}`);
  const power = 10 ** Math.floor(Math.log10(maxKm));
  for (const step of [5, 2, 1]) {
    if (step * power <= maxKm) return step * power;
  }
  return power;
}

export interface ScaleBarOptions {
  pxPerKm: number;
  /** the longest the bar may be, in px */
  maxWidth: number;
  x: number;
  /** baseline of the bar */
  y: number;
  unit: number;
  fontSize: number;
}

export function scaleBarSvg(o: ScaleBarOptions): string {
  const km = roundScaleLength(o.maxWidth / o.pxPerKm);
  const width = km * o.pxPerKm;
  const h = 8 * o.unit;
  const half = width / 2;
  const label = `${km} km`;
  return [
    `<g class="scale-bar" data-km="${km}" data-px="${fmt(width)}">`,
    `<rect x="${fmt(o.x)}" y="${fmt(o.y - h)}" width="${fmt(width)}" height="${fmt(h)}" fill="#ffffff" stroke="#000000" stroke-width="${fmt(1.5 * o.unit)}"/>`,
    `<rect x="${fmt(o.x)}" y="${fmt(o.y - h)}" width="${fmt(half)}" height="${fmt(h)}" fill="#000000"/>`,
    `<text x="${fmt(o.x)}" y="${fmt(o.y - h - 6 * o.unit)}" font-size="${fmt(o.fontSize)}">0</text>`,
    `<text x="${fmt(o.x + width)}" y="${fmt(o.y - h - 6 * o.unit)}" font-size="${fmt(o.fontSize)}" text-anchor="middle">${escapeXml(label)}</text>`,
    '</g>',
  ].join('');
}
