// GeoJSON geometry type names, and a helpful message for names that are nearly right
// ("polygon", "Pointt"): type names are case-sensitive in RFC 7946.

export const GEOMETRY_TYPES = [
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
] as const;
export type GeometryTypeName = (typeof GEOMETRY_TYPES)[number];

export function isGeometryTypeName(value: unknown): value is GeometryTypeName {
  return typeof value === 'string' && (GEOMETRY_TYPES as readonly string[]).includes(value);
}

/** The message for a "type" that is not a geometry type name. */
export function describeTypeName(type: unknown, subject = '"type"'): string {
  if (typeof type !== 'string') return `${subject} is ${type === undefined ? 'missing' : JSON.stringify(type) ?? String(type)}; expected a geometry type such as "Point" or "Polygon"`;
  const shown = JSON.stringify(type.length > 40 ? `${type.slice(0, 39)}…` : type);
  const suggestion = closestTypeName(type);
  const hint = suggestion === undefined ? 'expected one of ' + GEOMETRY_TYPES.map((t) => `"${t}"`).join(', ') : `did you mean "${suggestion}"? (type names are case-sensitive)`;
  return `${subject} is ${shown}, which is not a geometry type; ${hint}`;
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
