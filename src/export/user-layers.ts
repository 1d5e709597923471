// The planner's own layers in the briefing export: drawn over the project features in each layer's
// colour, and listed in the legend under the layer's name. Pure (no DOM), as the export renderer is.
import type { GeoProjection, GeoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { ExportUserLayer, LegendItem } from './export-input.ts';
import { escapeXml } from './escape.ts';
import { featureColours } from '../import/feature-label.ts';
import { fmt } from './svg-format.ts';
import { forD3 } from './map-layers.ts';
import { NO_VALUE_RADIUS, numericProperty, radiusFor, sizeLegend } from '../style/proportional-symbols.ts';
import { formatValue } from '../style/class-labels.ts';
import { translate } from '../i18n/translate.ts';
import { dimensionsOf, safeColour, userLayerSymbol } from '../style/user-layer-symbol.ts';

/**
 * Proportional circles are drawn at this share of their radius on screen, so that the largest
 * (22 px on screen) fits a legend row; the map and its size legend use the same radii, so the
 * legend still reads the map truly.
 */
export const EXPORT_SIZE_SCALE = 15 / 22;

export type { ExportUserLayer } from './export-input.ts';

function pointsOf(geometry: Geometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates as [number, number]];
  if (geometry.type === 'MultiPoint') return geometry.coordinates as [number, number][];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(pointsOf);
  return [];
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
      // the file's own colour column (FillColor, fill, marker-color, 颜色) wins over the layer's
      // colour, as on the map: one group of paths per colour
      const layerColour = safeColour(layer.colour);
      const own = featureColours(layer.features);
      const groups = new Map<string, Strokes>();
      const groupOf = (colour: string) => groups.get(colour) ?? groups.set(colour, { areas: [], lines: [], dots: [], sized: [] }).get(colour)!;
      const sizes = layer.sizes;
      for (const [i, feature] of layer.features.entries()) {
        if (!feature.geometry) continue;
        const { areas, lines, dots, sized } = groupOf(own[i] ?? layerColour);
        const area = partsOf(feature.geometry, 'area');
        const areaPath = area ? path(forD3(area)) : null;
        if (areaPath) areas.push(areaPath);
        // lines are stroked only: filling an open path would paint the shape it happens to enclose
        const line = partsOf(feature.geometry, 'line');
        const linePath = line ? path(line) : null;
        if (linePath) lines.push(linePath);
        const value = sizes ? numericProperty(feature, sizes.column) : undefined;
        for (const point of pointsOf(feature.geometry)) {
          const p = projection(point);
          if (!p) continue;
          if (!sizes) dots.push(`<circle cx="${fmt(p[0])}" cy="${fmt(p[1])}" r="${fmt(5 * unit)}"/>`);
          // no number: a small hollow circle, as on the map (unknown is never drawn as zero)
          else if (value === undefined) sized.push({ r: 0, svg: `<circle class="no-value" cx="${fmt(p[0])}" cy="${fmt(p[1])}" r="${fmt(NO_VALUE_RADIUS * unit)}" fill="none"/>` });
          else {
            const r = Math.max(radiusFor(value, sizes.max) * EXPORT_SIZE_SCALE, 1.5) * unit;
            sized.push({ r, svg: `<circle cx="${fmt(p[0])}" cy="${fmt(p[1])}" r="${fmt(r)}"/>` });
          }
        }
      }
      const body = KINDS.map((kind) => [...groups].map(([colour, group]) => strokesSvg(kind, colour, group, unit)).join('')).join('');
      return `<g class="user-layer" data-name="${escapeXml(layer.name)}">${body}</g>`;
    })
    .join('');
}

const KINDS = ['areas', 'lines', 'dots', 'sized'] as const;

/** One colour's share of a layer: its areas' and lines' paths, its dots and its sized circles. */
interface Strokes {
  areas: string[];
  lines: string[];
  dots: string[];
  sized: { r: number; svg: string }[];
}

/** One kind of a colour's share (all areas under all lines, lines under points, as on the map). */
function strokesSvg(kind: keyof Strokes, colour: string, group: Strokes, unit: number): string {
  if (kind === 'areas') return group.areas.length ? `<path d="${group.areas.join('')}" fill="${colour}" fill-opacity="0.25" stroke="${colour}" stroke-width="${fmt(2 * unit)}" stroke-linejoin="round"/>` : '';
  if (kind === 'lines') return group.lines.length ? `<path d="${group.lines.join('')}" fill="none" stroke="${colour}" stroke-width="${fmt(2 * unit)}" stroke-linejoin="round" stroke-linecap="round"/>` : '';
  if (kind === 'dots') return group.dots.length ? `<g fill="${colour}" fill-opacity="0.8" stroke="#ffffff" stroke-width="${fmt(unit)}">${group.dots.join('')}</g>` : '';
  // largest first, so a small circle is never hidden under a large one
  const sized = [...group.sized].sort((a, b) => b.r - a.r);
  return sized.length ? `<g class="sized" fill="${colour}" fill-opacity="0.45" stroke="${colour}" stroke-width="${fmt(1.5 * unit)}">${sized.map((c) => c.svg).join('')}</g>` : '';
}

/** One legend row per layer, named as the planner named it (the legend escapes it), then its size legend. */
export function userLayerLegendItems(layers: readonly ExportUserLayer[]): LegendItem[] {
  return layers.flatMap((layer) => [
    {
      key: `user:${layer.id}`,
      label_zh: layer.titles?.zh ?? layer.name,
      label_en: layer.titles?.en ?? layer.name,
      symbol: userLayerSymbol(layer),
      count: layer.features.length,
    },
    ...sizeLegendItems(layer),
  ]);
}

/**
 * The size legend of a layer with proportional symbols: its column as a title, three sample values
 * with their circles at the map's radii, and the hollow circle of the points without a number.
 */
export function sizeLegendItems(layer: ExportUserLayer): LegendItem[] {
  const sizes = layer.sizes;
  if (!sizes) return [];
  const colour = safeColour(layer.colour);
  const missing = layer.features.filter((feature) => feature.geometry && pointsOf(feature.geometry).length > 0 && numericProperty(feature, sizes.column) === undefined).length;
  const decimals = (value: number) => (Number.isInteger(value) ? 0 : 3);
  const circle = (radius: number, fill: string | null) => ({ kind: 'point' as const, shape: 'circle' as const, fill, stroke: colour, strokeWidth: 1.5, size: 2 * radius });
  return [
    { key: `size:${layer.id}:title`, label_zh: translate('zh', 'sizeBy.title', { column: sizes.column }), label_en: translate('en', 'sizeBy.title', { column: sizes.column }), symbol: circle(0, null), count: 0 },
    ...sizeLegend(sizes.max).map(({ value, radius }, i) => ({
      key: `size:${layer.id}:${i}`,
      label_zh: formatValue(value, 'zh', decimals(value)),
      label_en: formatValue(value, 'en', decimals(value)),
      symbol: circle(Math.max(radius * EXPORT_SIZE_SCALE, 1.5), colour),
      count: 0,
    })),
    ...(missing > 0 ? [{ key: `size:${layer.id}:missing`, label_zh: translate('zh', 'export.page.sizeMissing', { n: missing }), label_en: translate('en', 'export.page.sizeMissing', { n: missing }), symbol: circle(NO_VALUE_RADIUS, null), count: missing }] : []),
  ];
}
