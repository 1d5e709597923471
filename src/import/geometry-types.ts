// GeoJSON geometry type names, and a helpful message for names that are nearly right
// ("polygon", "Pointt"): type names are case-sensitive in RFC 7946.
import type { ProblemCode, ProblemParams } from './problems.ts';

export const GEOMETRY_TYPES = [
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
] as const;
export type GeometryTypeName = (typeof GEOMETRY_TYPES)[number];

export function isGeometryTypeName(value: unknown): value is GeometryTypeName {
  return typeof value === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(value);
}

/** What is wrong with a "type" that is not a geometry type name; `typeOf` names the geometry field it belongs to. */
export function describeTypeName(type: unknown, typeOf = ''): { code: ProblemCode; params: ProblemParams } {
  if (type === undefined) return { code: 'type-missing', params: { typeOf } };
  if (typeof type !== 'string') return { code: 'type-not-string', params: { typeOf, value: JSON.stringify(type) ?? String(type) } };
  const value = JSON.stringify(type.length > 40 ? `${type.slice(0, 39)}…` : type);
  const suggestion = closestTypeName(type);
  if (suggestion !== undefined) return { code: 'type-misspelt', params: { typeOf, value, suggestion } };
  return { code: 'type-unknown', params: { typeOf, value, list: GEOMETRY_TYPES.map((t) => `"${t}"`).join(', ') } };
}

function closestTypeName(type: string): GeometryTypeName | undefined {
  const lower = type.trim().toLowerCase();
  let best: GeometryTypeName | undefined;
  let bestDistance = 3;
  for (const name of GEOMETRY_TYPES) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 3;
}
