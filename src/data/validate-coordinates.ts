// Coordinate checks for features.csv: a point must lie in the region; a lon/lat pair that would
// lie in it when swapped is reported as such, because that is the usual spreadsheet slip.
import { parseWktLineString } from './wkt-path.ts';

export interface Box {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

const inBox = (box: Box, lon: number, lat: number) =>
  lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;

const describe = (box: Box) => `lon ${box.minLon}–${box.maxLon}, lat ${box.minLat}–${box.maxLat}`;

/** null when (lon, lat) lies in the box, else the reason. */
export function placeProblem(lon: number, lat: number, box: Box): string | null {
  if (inBox(box, lon, lat)) return null;
  if (inBox(box, lat, lon)) return `(${lon}, ${lat}) looks swapped: lon and lat reversed`;
  return `(${lon}, ${lat}) is outside the region (${describe(box)})`;
}

/** Messages for the lon/lat columns ("field: reason"). */
export function checkCoordinate(lonText: string, latText: string, region: Box): string[] {
  const out: string[] = [];
  const lon = Number(lonText.trim());
  const lat = Number(latText.trim());
  if (lonText.trim() === '') out.push('lon: missing');
  else if (!Number.isFinite(lon)) out.push(`lon: not a number "${lonText.trim()}"`);
  if (latText.trim() === '') out.push('lat: missing');
  else if (!Number.isFinite(lat)) out.push(`lat: not a number "${latText.trim()}"`);
  if (out.length > 0) return out;
  const problem = placeProblem(lon, lat, region);
  return problem ? [`lon/lat: ${problem}`] : [];
}

/** Messages for a corridor's path: valid WKT, every vertex within reach, at least one in the region. */
export function checkPath(pathText: string, reach: Box, region: Box): string[] {
  if (pathText.trim() === '') return ['path: missing (line rows need a LINESTRING)'];
  const parsed = parseWktLineString(pathText);
  if (!parsed.ok) return [`path: unparseable: ${parsed.reason}`];
  const out: string[] = [];
  parsed.coordinates.forEach(([lon, lat], i) => {
    const problem = placeProblem(lon, lat, reach);
    if (problem) out.push(`path: vertex ${i + 1} ${problem}`);
  });
  if (out.length === 0 && !parsed.coordinates.some(([lon, lat]) => inBox(region, lon, lat))) {
    out.push(`path: no vertex lies in the region (${describe(region)})`);
  }
  return out;
}
