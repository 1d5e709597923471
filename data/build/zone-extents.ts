// Builds a zone's extent as the union (dissolve) of its member county-level units. mapshaper is used
// rather than @turf/union because the units share identical borders, which its topology dissolves
// exactly and quickly; polygon clipping of 180 units is slow and leaves slivers.
import { createRequire } from 'node:module';
import turfArea from '@turf/area';
import type { Feature, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';

type AreaGeometry = Polygon | MultiPolygon;
interface Mapshaper {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
}
const mapshaper = createRequire(import.meta.url)('mapshaper') as Mapshaper;

export interface UnionResult {
  /** the simplified union, for display */
  geometry: AreaGeometry;
  /** km² of the unsimplified union, ellipsoidal, rounded to 1 km² */
  areaKm2: number;
}

function toAreaGeometry(text: string | Uint8Array | undefined): AreaGeometry {
  const parsed = JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as GeometryCollection;
  const polygons: Position[][][] = [];
  for (const g of parsed.geometries) {
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
  }
  if (polygons.length === 0) throw new Error('union of member units is empty');
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Rounds every coordinate to `digits` decimals (3 ≈ 100 m, as good as the boundaries are). */
export function roundGeometry<G extends AreaGeometry>(geometry: G, digits: number): G {
  const f = 10 ** digits;
  const r = (p: Position): Position => [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(r)) };
  return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
}

/**
 * Dissolves the units into one geometry; the area is measured before simplification, the returned
 * geometry is simplified to about `toleranceMeters` (zones are approximate anyway).
 */
export async function unionUnits(units: Feature<AreaGeometry>[], toleranceMeters: number): Promise<UnionResult> {
  if (units.length === 0) throw new Error('no member units to unite');
  const input = { type: 'FeatureCollection', features: units.map((u) => ({ ...u, properties: {} })) };
  const out = await mapshaper.applyCommands(
    `-i units.json -dissolve -o full.json format=geojson -simplify interval=${toleranceMeters} keep-shapes -o simple.json format=geojson`,
    { 'units.json': input },
  );
  const full = toAreaGeometry(out['full.json']);
  const areaKm2 = Math.round(turfArea({ type: 'Feature', geometry: full, properties: {} }) / 1e6);
  return { geometry: roundGeometry(toAreaGeometry(out['simple.json']), 3), areaKm2 };
}
