// Finds which CSV columns hold the coordinates. Headers are matched trimmed and case-insensitively;
// earlier names win, so "lon" is preferred to a column that happens to be called "x".

const LON_NAMES = ['lon', 'lng', 'long', 'longitude', '经度', 'x'];
const LAT_NAMES = ['lat', 'latitude', '纬度', 'y'];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', '几何'];
const ID_NAMES = ['id', '编号'];

export type CoordinateColumns =
  | { kind: 'lonlat'; lon: string; lat: string }
  | { kind: 'wkt'; wkt: string };

// The accepted header names are listed for planners in src/i18n/strings.ts ('import.csvColumns'): keep both in step.

function findColumn(headers: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = headers.find((header) => header.trim().toLowerCase() === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A WKT column is preferred: it can hold lines and polygons, while lon/lat are often just an anchor. */
export function findCoordinateColumns(headers: readonly string[]): CoordinateColumns | undefined {
  const wkt = findColumn(headers, WKT_NAMES);
  if (wkt !== undefined) return { kind: 'wkt', wkt };
  const lon = findColumn(headers, LON_NAMES);
  const lat = findColumn(headers, LAT_NAMES);
  if (lon !== undefined && lat !== undefined) return { kind: 'lonlat', lon, lat };
  return undefined;
}

export function findIdColumn(headers: readonly string[]): string | undefined {
  return findColumn(headers, ID_NAMES);
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A coordinate written as text. Stricter than Number(): Number('') is 0 and Number('0x10') is 16,
 * both of which would put a feature somewhere the planner never meant.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
