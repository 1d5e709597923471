// The planner's own layers in the briefing export: drawn over the project features in each layer's
// colour, and listed in the legend under the layer's name. Pure (no DOM), as the export renderer is.
import type { GeoProjection, GeoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { ExportUserLayer, LegendItem } from './export-input.ts';
import { escapeXml } from './escape.ts';
import { fmt } from './svg-format.ts';
import { forD3 } from './map-layers.ts';

export type { ExportUserLayer } from './export-input.ts';

const FALLBACK_COLOUR = '#d95f02';
// The colour reaches an attribute: anything but #rrggbb is replaced rather than written.
const safeColour = (colour: string) => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : FALLBACK_COLOUR);

function pointsOf(geometry: Geometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates as [number, number]];
  if (geometry.type === 'MultiPoint') return geometry.coordinates as [number, number][];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(pointsOf);
  return [];
}

type Dimension = 'point' | 'line' | 'area';

function dimensionsOf(geometry: Geometry, into: Set<Dimension>): Set<Dimension> {
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

/** The parts of one dimension (lines or areas), or null when the geometry has none. */
function partsOf(geometry: Geometry, kind: 'line' | 'area'): Geometry | null {
  if (geometry.type === 'GeometryCollection') {
    const rest = geometry.geometries.map((g) => partsOf(g, kind)).filter((g): g is Geometry => g !== null);
    return rest.length ? { type: 'GeometryCollection', geometries: rest } : null;
  }
  return dimensionsOf(geometry, new Set()).has(kind) ? geometry : null;
}

export function userLayersSvg(layers: readonly ExportUserLayer[], projection: GeoProjection, path: GeoPath, unit: number): string {
  return layers
    .map((layer) => {
      const colour = safeColour(layer.colour);
      const areas: string[] = [];
      const lines: string[] = [];
      const dots: string[] = [];
      for (const feature of layer.features) {
        if (!feature.geometry) continue;
        const area = partsOf(feature.geometry, 'area');
        const areaPath = area ? path(forD3(area)) : null;
        if (areaPath) areas.push(areaPath);
        // lines are stroked only: filling an open path would paint the shape it happens to enclose
        const line = partsOf(feature.geometry, 'line');
        const linePath = line ? path(line) : null;
        if (linePath) lines.push(linePath);
        for (const point of pointsOf(feature.geometry)) {
          const p = projection(point);
          if (p) dots.push(`<circle cx="${fmt(p[0])}" cy="${fmt(p[1])}" r="${fmt(5 * unit)}"/>`);
        }
      }
      const body = [
        areas.length ? `<path d="${areas.join('')}" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="${fmt(2 * unit)}" stroke-linejoin="round"/>` : '',
        lines.length ? `<path d="${lines.join('')}" fill="none" stroke="${colour}" stroke-width="${fmt(2 * unit)}" stroke-linejoin="round" stroke-linecap="round"/>` : '',
        dots.length ? `<g fill="${colour}" fill-opacity="0.8" stroke="#ffffff" stroke-width="${fmt(unit)}">${dots.join('')}</g>` : '',
      ].join('');
      return `<g class="user-layer" data-name="${escapeXml(layer.name)}">${body}</g>`;
    })
    .join('');
}

/** The legend swatch as the layer is drawn: a dot for points, a line for lines, a filled box for areas (or a mix). */
export function userLayerSymbol(layer: ExportUserLayer): LegendItem['symbol'] {
  const colour = safeColour(layer.colour);
  const kinds = new Set<Dimension>();
  for (const feature of layer.features) if (feature.geometry) dimensionsOf(feature.geometry, kinds);
  if (kinds.size === 1 && kinds.has('point')) return { kind: 'point', shape: 'circle', fill: colour, stroke: '#ffffff', strokeWidth: 1, size: 10 };
  if (kinds.size === 1 && kinds.has('line')) return { kind: 'line', stroke: colour, width: 2, dash: null };
  return { kind: 'area', fill: colour, fillOpacity: 0.25, stroke: colour, strokeWidth: 2, dash: null };
}

/** One legend row per layer, named as the planner named it (the legend escapes it). */
export function userLayerLegendItems(layers: readonly ExportUserLayer[]): LegendItem[] {
  return layers.map((layer) => ({
    key: `user:${layer.id}`,
    label_zh: layer.name,
    label_en: layer.name,
    symbol: userLayerSymbol(layer),
    count: layer.features.length,
  }));
}
