// The planner's own layers in the briefing export: drawn over the project features in each layer's
// colour, and listed in the legend under the layer's name. Pure (no DOM), as the export renderer is.
import type { GeoProjection, GeoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { LegendItem } from '../export/export-input.ts';
import { escapeXml } from '../export/escape.ts';
import { fmt } from '../export/svg-format.ts';
import { forD3 } from '../export/map-layers.ts';

export interface ExportUserLayer {
  id: string;
  name: string;
  /** #rrggbb */
  colour: string;
  features: Feature[];
}

const FALLBACK_COLOUR = '#d95f02';
// The colour reaches an attribute: anything but #rrggbb is replaced rather than written.
const safeColour = (colour: string) => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : FALLBACK_COLOUR);

function pointsOf(geometry: Geometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates as [number, number]];
  if (geometry.type === 'MultiPoint') return geometry.coordinates as [number, number][];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(pointsOf);
  return [];
}

function withoutPoints(geometry: Geometry): Geometry | null {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return null;
  if (geometry.type === 'GeometryCollection') {
    const rest = geometry.geometries.map(withoutPoints).filter((g): g is Geometry => g !== null);
    return rest.length ? { type: 'GeometryCollection', geometries: rest } : null;
  }
  return geometry;
}

export function userLayersSvg(layers: readonly ExportUserLayer[], projection: GeoProjection, path: GeoPath, unit: number): string {
  return layers
    .map((layer) => {
      const colour = safeColour(layer.colour);
      const shapes: string[] = [];
      const dots: string[] = [];
      for (const feature of layer.features) {
        if (!feature.geometry) continue;
        const rest = withoutPoints(feature.geometry);
        const d = rest ? path(forD3(rest)) : null;
        if (d) shapes.push(d);
        for (const point of pointsOf(feature.geometry)) {
          const p = projection(point);
          if (p) dots.push(`<circle cx="${fmt(p[0])}" cy="${fmt(p[1])}" r="${fmt(5 * unit)}"/>`);
        }
      }
      const body = [
        shapes.length ? `<path d="${shapes.join('')}" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="${fmt(2 * unit)}" stroke-linejoin="round"/>` : '',
        dots.length ? `<g fill="${colour}" fill-opacity="0.8" stroke="#ffffff" stroke-width="${fmt(unit)}">${dots.join('')}</g>` : '',
      ].join('');
      return `<g class="user-layer" data-name="${escapeXml(layer.name)}">${body}</g>`;
    })
    .join('');
}

/** One legend row per layer, named as the planner named it (the legend escapes it). */
export function userLayerLegendItems(layers: readonly ExportUserLayer[]): LegendItem[] {
  return layers.map((layer) => {
    const colour = safeColour(layer.colour);
    return {
      key: `user:${layer.id}`,
      label_zh: layer.name,
      label_en: layer.name,
      symbol: { kind: 'area', fill: colour, fillOpacity: 0.25, stroke: colour, strokeWidth: 2, dash: null },
      count: layer.features.length,
    };
  });
}
