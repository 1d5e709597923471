// Validation of a replacement boundary file (pure: JSON in, list of problems out).
// Every problem names the file, the feature (0-based index in `features`, plus adcode when known)
// and the field, so a user can fix all of them in one pass.

/**
 * Region the map is built for; a file outside it is almost certainly the wrong file or CRS.
 * Sichuan reaches 34.32°N in the north (Ruo'ergai), so the northern edge sits at 34.5°N.
 */
export const REGION_BBOX = { minLon: 97, maxLon: 111, minLat: 26, maxLat: 34.5 } as const;

const ADCODE = /^\d{6}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function featureLabel(file: string, index: number, adcode: unknown): string {
  const code = typeof adcode === 'string' || typeof adcode === 'number' ? ` (adcode ${adcode})` : '';
  return `${file}: feature ${index}${code}`;
}

function checkProperties(props: Json, where: string): string[] {
  const problems: string[] = [];
  for (const field of ['adcode', 'name', 'parent'] as const) {
    const value = props[field];
    if (value === undefined || value === null || value === '') {
      problems.push(`${where}: property "${field}" is missing`);
    } else if (field !== 'name' && !ADCODE.test(String(value))) {
      problems.push(`${where}: property "${field}" must be a 6-digit adcode, got ${JSON.stringify(value)}`);
    } else if (field === 'name' && typeof value !== 'string') {
      problems.push(`${where}: property "name" must be text, got ${JSON.stringify(value)}`);
    }
  }
  if (props.name_en !== undefined && props.name_en !== null && typeof props.name_en !== 'string') {
    problems.push(`${where}: property "name_en" must be text, got ${JSON.stringify(props.name_en)}`);
  }
  return problems;
}

/** Checks one linear ring; returns the first problem only (one bad ring is enough to report). */
function checkRing(ring: unknown, where: string, path: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) {
    return `${where}: geometry ${path} must be a ring of at least 4 positions`;
  }
  for (let i = 0; i < ring.length; i++) {
    const position: unknown = ring[i];
    if (!Array.isArray(position) || position.length < 2 || !position.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return `${where}: geometry ${path}[${i}] is not a numeric [lon, lat] position: ${JSON.stringify(position)}`;
    }
    const [lon, lat] = position as [number, number];
    const b = REGION_BBOX;
    if (lon < b.minLon || lon > b.maxLon || lat < b.minLat || lat > b.maxLat) {
      return `${where}: geometry ${path}[${i}] [${lon}, ${lat}] lies outside the region (lon ${b.minLon}–${b.maxLon}, lat ${b.minLat}–${b.maxLat}); is the file in WGS84 lon/lat?`;
    }
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return `${where}: geometry ${path} is not closed (first and last positions differ)`;
  }
  return null;
}

function checkPolygon(rings: unknown, where: string, path: string): string[] {
  if (!Array.isArray(rings) || rings.length === 0) return [`${where}: geometry ${path} must be a list of rings`];
  const problems: string[] = [];
  rings.forEach((ring, r) => {
    const problem = checkRing(ring, where, `${path}[${r}]`);
    if (problem) problems.push(problem);
  });
  return problems;
}

function checkGeometry(geometry: unknown, where: string): string[] {
  if (!isObject(geometry)) return [`${where}: geometry is missing`];
  const { type, coordinates } = geometry;
  if (type === 'Polygon') return checkPolygon(coordinates, where, 'coordinates');
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return [`${where}: geometry coordinates must be a list of polygons`];
    return coordinates.flatMap((polygon, p) => checkPolygon(polygon, where, `coordinates[${p}]`));
  }
  return [`${where}: geometry type must be Polygon or MultiPolygon, got ${JSON.stringify(type)}`];
}

/** All problems in a parsed replacement boundary file; empty when it can be used. */
export function validateBoundaryCollection(json: unknown, file: string): string[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return [`${file}: not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})`];
  }
  if (json.features.length === 0) return [`${file}: the FeatureCollection has no features`];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  json.features.forEach((feature: unknown, index: number) => {
    if (!isObject(feature)) {
      problems.push(`${file}: feature ${index}: not a GeoJSON Feature object`);
      return;
    }
    const props = isObject(feature.properties) ? feature.properties : {};
    const where = featureLabel(file, index, props.adcode);
    problems.push(...checkProperties(props, where), ...checkGeometry(feature.geometry, where));
    const adcode = props.adcode === undefined ? undefined : String(props.adcode);
    if (adcode !== undefined && seen.has(adcode)) {
      problems.push(`${where}: property "adcode" repeats feature ${seen.get(adcode)}`);
    } else if (adcode !== undefined) seen.set(adcode, index);
  });
  return problems;
}
