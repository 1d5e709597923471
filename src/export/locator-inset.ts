// The locator inset on the exported page: the same drawing as the map's corner inset
// (src/cartography/locator.ts), in the map frame's top-left or bottom-right corner, whichever covers
// fewer of the shown projects (the north arrow holds the top right, the scale bar the bottom left). On a
// map too short for the inset beside them (a long legend below a wide map), it is left out: a designer
// drops the locator before letting it cover the scale bar or the north arrow.
import type { GeoProjection } from 'd3-geo';
import { locatorDrawing, locatorSvg, type LocatorData } from '../cartography/locator.ts';
import type { ExportLang } from './export-input.ts';
import type { Box } from './layout.ts';
import type { ProjectFeature } from '../types.ts';
import { boxesOverlap } from '../cartography/box-index.ts';

export interface InsetPlacement extends Box {
  corner: 'top-left' | 'bottom-right';
}

/** The inset's width: a fifth of the frame's short side, never below 150 px at the 1080 px page. */
export function insetWidth(frame: Box, unit: number): number {
  return Math.max(Math.min(frame.width, frame.height) * 0.2, 150 * unit);
}

/** Every projected position of the features' points and line vertices: what an inset must not hide. */
function markPoints(features: readonly ProjectFeature[], projection: GeoProjection): [number, number][] {
  const out: [number, number][] = [];
  const add = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const p = projection(c as [number, number]);
      if (p) out.push(p);
    } else if (Array.isArray(c)) for (const inner of c) add(inner);
  };
  for (const f of features) {
    if (f.geometry.type === 'Point' || f.geometry.type === 'LineString') add(f.geometry.coordinates);
    else add(f.properties.anchor);
  }
  return out;
}

/**
 * Picks the corner; an even count keeps the top left (Tibet's side of the frame, context only). A corner
 * where the inset would cover the map's furniture (`furniture`: the scale bar, the north arrow) is not
 * taken; with neither corner clear there is no inset (null).
 */
export function placeInset(frame: Box, size: { width: number; height: number }, margin: number, points: readonly [number, number][], furniture: readonly Box[] = []): InsetPlacement | null {
  const corners: InsetPlacement[] = [
    { corner: 'top-left' as const, x: frame.x + margin, y: frame.y + margin, ...size },
    { corner: 'bottom-right' as const, x: frame.x + frame.width - margin - size.width, y: frame.y + frame.height - margin - size.height, ...size },
  ].filter((corner) => !furniture.some((box) => boxesOverlap(corner, box)));
  const covered = (box: Box) => points.filter(([x, y]) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height).length;
  return corners.length === 0 ? null : corners.reduce((best, next) => (covered(next) < covered(best) ? next : best));
}

/** The inset as SVG and the box it covers (no label may go there); nothing without locator data or a clear corner. */
export function locatorInset(data: LocatorData | undefined, lang: ExportLang, frame: Box, unit: number, features: readonly ProjectFeature[], projection: GeoProjection, furniture: readonly Box[]): { svg: string; box: Box | null } {
  if (!data) return { svg: '', box: null };
  const drawing = locatorDrawing(data, lang === 'en' ? 'en' : 'zh', Math.round(insetWidth(frame, unit)));
  const at = placeInset(frame, drawing, 12 * unit, markPoints(features, projection), furniture);
  if (!at) return { svg: '', box: null };
  const [x, y] = [Math.round(at.x), Math.round(at.y)];
  return { svg: locatorSvg(drawing, x, y).replace('<g class="locator"', `<g class="locator" data-corner="${at.corner}"`), box: { x, y, width: drawing.width, height: drawing.height } };
}
