// Leaflet drawing options and marker icons from the shared symbology, so the map, the legend and
// the export agree. Approximate points are hollow inside a dashed uncertainty halo.
import L from 'leaflet';
import type { ProjectFeature } from '../types';
import { areaSymbol, lineSymbol, pointSymbol, type FeatureSymbol, type PointSymbol } from '../style/symbology';
import { pointShapePath } from '../export/point-shapes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const dashText = (dash: number[] | null): string | undefined => (dash === null ? undefined : dash.join(' '));

export function lineOptions(feature: ProjectFeature, selected: boolean): L.PathOptions {
  const symbol = lineSymbol(feature.properties);
  return { color: symbol.stroke, weight: symbol.width + (selected ? 3 : 0), opacity: 0.95, dashArray: dashText(symbol.dash), lineCap: 'butt' };
}

export function areaOptions(feature: ProjectFeature, selected: boolean): L.PathOptions {
  const symbol = areaSymbol(feature.properties);
  return {
    color: selected ? '#000000' : symbol.stroke,
    weight: symbol.strokeWidth + (selected ? 1.5 : 0),
    dashArray: dashText(symbol.dash),
    fillColor: symbol.fill,
    fillOpacity: symbol.fillOpacity * 0.6,
  };
}

/** Units only partly inside a zone: lighter and dotted, so they read as "partly". */
export function partialAreaOptions(feature: ProjectFeature): L.PathOptions {
  const symbol = areaSymbol(feature.properties);
  return { color: symbol.stroke, weight: 1, dashArray: '1 4', fillColor: symbol.fill, fillOpacity: symbol.fillOpacity * 0.25 };
}

function svgNode<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** A standalone SVG of a point symbol, for markers and legend swatches. */
export function pointSymbolSvg(symbol: PointSymbol, box: number, halo: boolean): SVGSVGElement {
  const half = box / 2;
  const svg = svgNode('svg', { width: box, height: box, viewBox: `${-half} ${-half} ${box} ${box}`, 'aria-hidden': 'true', focusable: 'false' });
  if (halo) svg.append(svgNode('circle', { r: half - 1.5, fill: symbol.stroke, 'fill-opacity': 0.08, stroke: symbol.stroke, 'stroke-width': 1, 'stroke-dasharray': '3 3' }));
  svg.append(svgNode('path', { d: pointShapePath(symbol.shape, symbol.size), fill: symbol.fill ?? '#ffffff', 'fill-opacity': symbol.fill === null ? 0.6 : 1, stroke: symbol.stroke, 'stroke-width': symbol.strokeWidth }));
  return svg;
}

/** A legend swatch for any symbol: a line segment, a dashed square, or the point shape. */
export function symbolSwatch(symbol: FeatureSymbol, box = 22): SVGSVGElement {
  // a hollow (approximate) point keeps its dashed halo in the legend too
  if (symbol.kind === 'point') return pointSymbolSvg({ ...symbol, size: Math.min(symbol.size, box - (symbol.fill === null ? 10 : 6)) }, box, symbol.fill === null);
  const svg = svgNode('svg', { width: box, height: box, viewBox: `0 0 ${box} ${box}`, 'aria-hidden': 'true', focusable: 'false' });
  if (symbol.kind === 'line') {
    svg.append(svgNode('line', { x1: 1, y1: box / 2, x2: box - 1, y2: box / 2, stroke: symbol.stroke, 'stroke-width': symbol.width, 'stroke-dasharray': dashText(symbol.dash) ?? 'none' }));
  } else {
    svg.append(svgNode('rect', { x: 3, y: 3, width: box - 6, height: box - 6, fill: symbol.fill, 'fill-opacity': symbol.fillOpacity, stroke: symbol.stroke, 'stroke-width': symbol.strokeWidth, 'stroke-dasharray': dashText(symbol.dash) ?? 'none' }));
  }
  return svg;
}

const HALO_BOX = 34;
const PLAIN_BOX = 22;

export function markerIcon(feature: ProjectFeature, selected: boolean): L.DivIcon {
  const symbol = pointSymbol(feature.properties);
  const approximate = feature.properties.precision === 'approximate';
  const box = approximate ? HALO_BOX : PLAIN_BOX;
  const holder = document.createElement('span');
  holder.className = `feature-marker__symbol${selected ? ' is-selected' : ''}`;
  holder.append(pointSymbolSvg(symbol, box, approximate));
  return L.divIcon({ html: holder, className: 'feature-marker', iconSize: [box, box], iconAnchor: [box / 2, box / 2] });
}
