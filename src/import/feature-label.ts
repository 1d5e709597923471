// What names and colours an imported feature, read from the planner's own columns: the name column
// (名称, name, NAME, 项目名称, title…: column-roles.ts) labels it in the details, the hover, the
// list, the search and the table; a colour column (FillColor, fill, color, 颜色, simplestyle's
// marker-color) colours it instead of its layer's colour. Pure: the map, the search and the
// export read the same answer.
import type { Feature } from 'geojson';
import turfBBox from '@turf/bbox';
import { columnRoleForHeader } from './column-roles.ts';

/** Features looked at to choose a layer's name column (a layer can hold 50,000). */
const SAMPLE = 200;

/** The property that names a layer's features: a name column filled in the most sampled features; undefined when none. */
export function nameKey(features: readonly Feature[]): string | undefined {
  const filled = new Map<string, number>();
  for (const feature of features.slice(0, SAMPLE)) {
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      if (columnRoleForHeader(key) !== 'name' || !isFilled(value)) continue;
      filled.set(key, (filled.get(key) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [key, count] of filled) if (best === undefined || count > (filled.get(best) ?? 0)) best = key;
  return best;
}

/** The layer's name column: the one it names itself (a published layer's sidecar), else the guess of nameKey. */
export function layerNameKey(layer: { features: readonly Feature[]; nameColumn?: string }): string | undefined {
  return layer.nameColumn ?? nameKey(layer.features);
}

/** The feature's name from the layer's name column; undefined when it has none (shown as unknown). */
export function featureName(feature: Feature, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const value: unknown = feature.properties?.[key];
  return isFilled(value) ? String(value).trim() : undefined;
}

/** The feature's own colour as #rrggbb, from a colour column; undefined when it has none or it is not a colour. */
export function featureColour(feature: Feature): string | undefined {
  for (const [key, value] of Object.entries(feature.properties ?? {})) {
    if (columnRoleForHeader(key) !== 'colour' || typeof value !== 'string') continue;
    const colour = hexColour(value);
    if (colour) return colour;
  }
  return undefined;
}

/**
 * Each feature's own colour (as featureColour), for a whole layer at once: the columns' roles are
 * worked out once per column name, not once per feature, as a canvas-drawn layer holds up to 50,000.
 */
export function featureColours(features: readonly Feature[]): (string | undefined)[] {
  const isColourColumn = new Map<string, boolean>();
  return features.map((feature) => {
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      let colourColumn = isColourColumn.get(key);
      if (colourColumn === undefined) isColourColumn.set(key, (colourColumn = columnRoleForHeader(key) === 'colour'));
      if (!colourColumn || typeof value !== 'string') continue;
      const colour = hexColour(value);
      if (colour) return colour;
    }
    return undefined;
  });
}

/** "#f80", "#FF8800", "ff8800" → "#ff8800"; anything else (names, rgba(), KML's aabbggrr) → undefined. */
export function hexColour(text: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** [west, south, east, north] of the features with a geometry; undefined when none has one. */
export function featuresBBox(features: readonly Feature[]): [number, number, number, number] | undefined {
  const located = features.filter((feature) => feature.geometry);
  if (located.length === 0) return undefined;
  const [west, south, east, north] = turfBBox({ type: 'FeatureCollection', features: located });
  return [west, south, east, north];
}

function isFilled(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}
