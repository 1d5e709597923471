// Leaflet drawing options and marker icons from the shared symbology, so the map, the legend and
// the export agree. Approximate points are hollow inside a dashed uncertainty halo.
import L from 'leaflet';
import type { ProjectFeature } from '../types';
import { areaSymbol, lineSymbol, pointSymbol, type FeatureSymbol, type PointSymbol } from '../style/symbology';
import { pointShapes, swatchShapes, type SvgShape } from '../style/symbol-swatch';

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

/** A standalone SVG holding the shared symbol shapes (../style/symbol-swatch.ts) as DOM nodes. */
function svgOf(shapes: readonly SvgShape[], box: number, viewBox: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of [['width', String(box)], ['height', String(box)], ['viewBox', viewBox], ['aria-hidden', 'true'], ['focusable', 'false']]) svg.setAttribute(name!, value!);
  for (const shape of shapes) {
    const node = document.createElementNS(SVG_NS, shape.tag);
    for (const [name, value] of shape.attrs) node.setAttribute(name, value);
    svg.append(node);
  }
  return svg;
}

/** A point symbol centred in a `box`-wide SVG, approximate points in their dashed halo: the map's markers. */
export function pointSymbolSvg(symbol: PointSymbol, box: number, halo: boolean): SVGSVGElement {
  const half = box / 2;
  return svgOf(pointShapes(symbol, { cx: 0, cy: 0, unit: 1, haloRadius: halo ? half - 1.5 : undefined }), box, `${-half} ${-half} ${box} ${box}`);
}

/** A legend swatch for any symbol: a line segment, a dashed square, or the point shape (in its halo when approximate). */
export function symbolSwatch(symbol: FeatureSymbol, box = 22): SVGSVGElement {
  if (symbol.kind === 'point') {
    const half = box / 2;
    const shapes = swatchShapes(symbol, { cx: 0, cy: 0, width: box, height: box, unit: 1, maxPointSize: box - (symbol.fill === null ? 10 : 6), haloRadius: half - 1.5 });
    return svgOf(shapes, box, `${-half} ${-half} ${box} ${box}`);
  }
  // lines run across the box but for a pixel each side; areas are a square inset by 3 px
  const inset = symbol.kind === 'line' ? 2 : 6;
  return svgOf(swatchShapes(symbol, { cx: box / 2, cy: box / 2, width: box - inset, height: box - inset, unit: 1 }), box, `0 0 ${box} ${box}`);
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
