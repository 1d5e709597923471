// The cluster symbol: a white disc with the number of projects it stands for, a ring split by
// category in the symbology's colours (so the mix reads at a glance) and, when some members are only
// approximately placed, a dashed outer ring like the single symbols' uncertainty halo. Its size grows
// with the count. Used on the map and as the legend's swatch, so the two always match.
import { categoryColour } from '../style/symbology';
import type { Category } from '../types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const RING_WIDTH = 5;
const HALO = 4;

/** Diameter of the disc in CSS px: 26 px for two projects, 8 px more for each doubling, at most 58. */
export function clusterDiameter(count: number): number {
  return Math.min(58, Math.round(26 + 8 * Math.log2(Math.max(2, count) / 2)));
}

/** Box of the whole symbol (disc and, when drawn, the dashed halo). */
export function clusterBox(count: number, approximate: boolean): number {
  return clusterDiameter(count) + (approximate ? 2 * HALO : 0);
}

function node<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export function clusterSymbolSvg(count: number, split: readonly { category: string; count: number }[], approximate: boolean): SVGSVGElement {
  const box = clusterBox(count, approximate);
  const half = box / 2;
  const svg = node('svg', { width: box, height: box, viewBox: `${-half} ${-half} ${box} ${box}`, 'aria-hidden': 'true', focusable: 'false', class: 'cluster-symbol' });
  const outer = clusterDiameter(count) / 2;
  if (approximate) svg.append(node('circle', { r: half - 0.75, fill: 'none', stroke: '#333333', 'stroke-width': 1.2, 'stroke-dasharray': '3 2.5' }));
  svg.append(node('circle', { r: outer - 0.5, fill: '#ffffff', stroke: '#ffffff', 'stroke-width': 1 }));
  // the ring: one arc per category, drawn as dashes of a circle starting at 12 o'clock
  const r = outer - RING_WIDTH / 2 - 0.5;
  const circumference = 2 * Math.PI * r;
  const total = split.reduce((sum, part) => sum + part.count, 0) || 1;
  let start = 0;
  for (const part of split) {
    const length = (part.count / total) * circumference;
    svg.append(
      node('circle', {
        r,
        fill: 'none',
        stroke: categoryColour(part.category as Category) ?? '#555555',
        'stroke-width': RING_WIDTH,
        'stroke-dasharray': `${length} ${circumference - length}`,
        'stroke-dashoffset': circumference / 4 - start,
        'data-category': part.category,
      }),
    );
    start += length;
  }
  // thin white gaps between the arcs keep neighbouring colours apart
  if (split.length > 1) {
    let at = 0;
    for (const part of split) {
      const angle = (at / total) * 2 * Math.PI - Math.PI / 2;
      svg.append(node('line', { x1: (r - RING_WIDTH / 2) * Math.cos(angle), y1: (r - RING_WIDTH / 2) * Math.sin(angle), x2: (r + RING_WIDTH / 2) * Math.cos(angle), y2: (r + RING_WIDTH / 2) * Math.sin(angle), stroke: '#ffffff', 'stroke-width': 1.2 }));
      at += part.count;
    }
  }
  const text = node('text', { 'text-anchor': 'middle', 'dominant-baseline': 'central', class: 'cluster-symbol__count', 'font-size': count >= 100 ? 11 : 13 });
  text.textContent = String(count);
  svg.append(text);
  return svg;
}

/** The legend's swatch: a cluster of five (three pilot zones, two parks), scaled into `box` px. */
export function clusterSwatch(approximate: boolean, box = 22): SVGSVGElement {
  const svg = clusterSymbolSvg(5, [{ category: 'pilot_zone', count: 3 }, { category: 'industrial_park', count: 2 }], approximate);
  svg.setAttribute('width', String(box));
  svg.setAttribute('height', String(box));
  return svg;
}
