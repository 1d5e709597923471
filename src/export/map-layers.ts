// The map body: basemap, overlay and project features, as SVG drawn with d3-geo.
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { rewind } from '@turf/rewind';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ProjectFeature } from '../types.ts';
import { BASEMAP, featureSymbol, type PointSymbol } from '../style/symbology.ts';
import { escapeXml } from './escape.ts';
import type { ExportBoundaries, ExportChoropleth, ExportInput } from './export-input.ts';
import type { Box } from './layout.ts';
import { pointSymbolSvg } from './symbol-svg.ts';
import { dashAttr, fmt } from './svg-format.ts';
import { COLORS } from '../style/basemap.ts';

type Drawable = Feature<Geometry> | Geometry;

/**
 * GeoJSON rings run counter-clockwise (RFC 7946); d3-geo reads that as "everything but this
 * shape" and fills the globe. Rewinding to clockwise outer rings fixes it, whatever the source did.
 */
export function forD3<T extends Drawable>(shape: T): T {
  const geometry = 'type' in shape && shape.type === 'Feature' ? (shape as Feature).geometry : (shape as Geometry);
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
    return rewind(shape as Feature<Polygon | MultiPolygon>, { reverse: true }) as unknown as T;
  }
  return shape;
}

function pathData(path: ReturnType<typeof geoPath>, shape: Drawable): string {
  return path(shape as GeoPermissibleObjects) ?? '';
}

function areaLayer(cls: string, path: ReturnType<typeof geoPath>, shapes: Drawable[], attrs: string): string {
  const d = shapes.map((s) => pathData(path, forD3(s))).join('');
  return d ? `<path class="${cls}" d="${d}" ${attrs}/>` : '';
}

function inside(frame: Box, p: [number, number]): boolean {
  return p[0] >= frame.x && p[0] <= frame.x + frame.width && p[1] >= frame.y && p[1] <= frame.y + frame.height;
}

/** One path per county, named by its code, so a reader's tools (and tests) can tell which are drawn; those outside the frame are left out. */
function countiesSvg(counties: NonNullable<ExportBoundaries['counties']>, path: ReturnType<typeof geoPath>, attrs: string): string {
  const paths = counties
    .map((county) => {
      const d = pathData(path, forD3(county));
      return d ? `<path data-adcode="${escapeXml(county.properties.adcode)}" d="${d}"/>` : '';
    })
    .join('');
  return paths ? `<g class="counties" ${attrs}>${paths}</g>` : '';
}

/** One filled path per unit, named by its code; only #rrggbb colours reach the attribute. */
function choroplethSvg(choropleth: ExportChoropleth | undefined, path: ReturnType<typeof geoPath>, unit: number): string {
  if (!choropleth) return '';
  const paths = choropleth.units
    .map((feature) => {
      const fill = choropleth.fills[feature.properties.adcode];
      const d = fill && /^#[0-9a-f]{6}$/i.test(fill) ? pathData(path, forD3(feature)) : '';
      return d ? `<path data-adcode="${escapeXml(feature.properties.adcode)}" fill="${fill}" d="${d}"/>` : '';
    })
    .join('');
  // A thin white edge between units, as the map draws them; the boundary lines follow above.
  return paths ? `<g class="choropleth" stroke="#ffffff" stroke-width="${fmt(0.5 * unit)}">${paths}</g>` : '';
}

export function basemapSvg(boundaries: ExportBoundaries, path: ReturnType<typeof geoPath>, unit: number, choropleth?: ExportChoropleth): string {
  const w = (n: number) => fmt(n * unit);
  return [
    areaLayer('neighbours', path, boundaries.neighbours, `fill="${BASEMAP.neighbourFill}" stroke="${BASEMAP.neighbourStroke}" stroke-width="${w(0.8)}"`),
    areaLayer('province-fill', path, boundaries.provinces, `fill="${BASEMAP.provinceFill}" stroke="none"`),
    choroplethSvg(choropleth, path, unit),
    countiesSvg(boundaries.counties ?? [], path, `fill="none" stroke="${BASEMAP.countyStroke}" stroke-width="${w(BASEMAP.countyStrokeWidth)}"`),
    areaLayer('prefectures', path, boundaries.prefectures, `fill="none" stroke="${BASEMAP.prefectureStroke}" stroke-width="${w(BASEMAP.prefectureStrokeWidth)}"`),
    areaLayer('provinces', path, boundaries.provinces, `fill="none" stroke="${BASEMAP.provinceStroke}" stroke-width="${w(BASEMAP.provinceStrokeWidth)}"`),
    areaLayer('rivers', path, boundaries.rivers, `fill="none" stroke="${BASEMAP.river}" stroke-width="${w(BASEMAP.riverWidth)}" stroke-linejoin="round"`),
  ].join('');
}

/** The selected unit as the map marks it: its outline in the selection colour over a light wash of it. */
export function selectedUnitSvg(boundaries: ExportBoundaries, adcode: string | null | undefined, path: ReturnType<typeof geoPath>, unit: number): string {
  if (!adcode) return '';
  const units = [...boundaries.provinces, ...boundaries.prefectures, ...(boundaries.counties ?? [])];
  const selected = units.find((u) => u.properties.adcode === adcode);
  if (!selected) return '';
  const d = pathData(path, forD3(selected));
  return d ? `<path class="selected-unit" data-adcode="${escapeXml(adcode)}" d="${d}" fill="${COLORS.selected}" fill-opacity="0.18" stroke="${COLORS.selected}" stroke-width="${fmt(2.5 * unit)}" stroke-linejoin="round"/>` : '';
}

export function overlaySvg(overlay: ExportInput['overlay'], path: ReturnType<typeof geoPath>, unit: number): string {
  if (!overlay) return '';
  return areaLayer('overlay', path, [overlay], `fill="${BASEMAP.overlayFill}" fill-opacity="${BASEMAP.overlayFillOpacity}" stroke="${BASEMAP.overlayStroke}" stroke-width="${fmt(unit)}"`);
}

function featureSvg(feature: ProjectFeature, projection: GeoProjection, path: ReturnType<typeof geoPath>, frame: Box, unit: number, selected: boolean): string {
  const geometry = feature.geometry;
  const symbol = featureSymbol(feature.properties, geometry.type);
  const idAttr = ` data-id="${escapeXml(feature.id)}"`;
  switch (symbol.kind) {
    case 'point': {
      const p = projection(geometry.type === 'Point' ? (geometry.coordinates as [number, number]) : feature.properties.anchor);
      if (!p || !inside(frame, p)) return '';
      const sized: PointSymbol = selected ? { ...symbol, size: symbol.size * 1.6 } : symbol;
      return pointSymbolSvg(sized, p[0], p[1], unit, ` class="feature point"${idAttr}`);
    }
    case 'line': {
      const d = pathData(path, geometry);
      return d ? `<path class="feature line"${idAttr} d="${d}" fill="none" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.width * unit * (selected ? 1.8 : 1))}" stroke-linecap="round" stroke-linejoin="round"${dashAttr(symbol.dash, unit)}/>` : '';
    }
    case 'area': {
      const d = pathData(path, forD3(geometry));
      return d ? `<path class="feature area"${idAttr} d="${d}" fill="${symbol.fill}" fill-opacity="${symbol.fillOpacity}" stroke="${symbol.stroke}" stroke-width="${fmt(symbol.strokeWidth * unit * (selected ? 2 : 1))}"${dashAttr(symbol.dash, unit)}/>` : '';
    }
  }
}

const GEOMETRY_ORDER: Record<string, number> = { Polygon: 0, MultiPolygon: 0, LineString: 1, Point: 2 };

/** Areas under lines under points; the selected feature last, so it is on top. */
export function featuresSvg(input: ExportInput, projection: GeoProjection, path: ReturnType<typeof geoPath>, frame: Box, unit: number): string {
  const ordered = [...input.features].sort(
    (a, b) => Number(a.id === input.selectedId) - Number(b.id === input.selectedId) || (GEOMETRY_ORDER[a.geometry.type] ?? 0) - (GEOMETRY_ORDER[b.geometry.type] ?? 0),
  );
  const body = ordered.map((f) => featureSvg(f, projection, path, frame, unit, f.id === input.selectedId)).join('');
  return `<g class="features">${body}</g>`;
}
