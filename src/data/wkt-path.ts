// Parses the `path` column of corridor rows: a WKT LINESTRING of "lon lat" pairs.
// Only LINESTRING is accepted because the CSV is hand-edited and one shape keeps mistakes visible.

export type WktPathResult =
  | { ok: true; coordinates: [number, number][] }
  | { ok: false; reason: string };

const LINESTRING = /^\s*LINESTRING\s*\(([^()]*)\)\s*$/i;

export function parseWktLineString(text: string): WktPathResult {
  const match = LINESTRING.exec(text);
  if (!match) return { ok: false, reason: 'not a LINESTRING(lon lat, lon lat, ...) WKT' };
  const body = match[1] ?? '';
  const coordinates: [number, number][] = [];
  const parts = body.split(',');
  for (let i = 0; i < parts.length; i++) {
    const numbers = (parts[i] ?? '').trim().split(/\s+/).filter((s) => s !== '');
    if (numbers.length !== 2) {
      return { ok: false, reason: `vertex ${i + 1} must be "lon lat" (got "${(parts[i] ?? '').trim()}")` };
    }
    const lon = Number(numbers[0]);
    const lat = Number(numbers[1]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      return { ok: false, reason: `vertex ${i + 1} is not numeric (got "${(parts[i] ?? '').trim()}")` };
    }
    coordinates.push([lon, lat]);
  }
  if (coordinates.length < 2) {
    return { ok: false, reason: `needs at least 2 vertices (got ${coordinates.length})` };
  }
  return { ok: true, coordinates };
}
