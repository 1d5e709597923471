// Reads the boundary inputs from data/geo (the project's own copy of the source data).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { AreaGeometry, SourceUnitProperties } from './units.ts';

export type SourceCollection = FeatureCollection<AreaGeometry, SourceUnitProperties>;

export interface BoundarySources {
  provinces: SourceCollection;
  prefectures: SourceCollection;
  counties: SourceCollection;
  neighbours: SourceCollection;
  rivers: FeatureCollection<Geometry, Record<string, unknown>>;
  /** government seats of prefecture-level units, by adcode */
  seats: ReadonlyMap<string, [number, number]>;
}

export function readJson<T>(path: string, label: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`${label}: cannot read as JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export function readSeats(geoDir: string): Map<string, [number, number]> {
  const seats = readJson<FeatureCollection<Point, { adcode: string }>>(
    join(geoDir, 'sc-cq-seats.geojson'),
    'sc-cq-seats.geojson',
  );
  const byAdcode = new Map<string, [number, number]>();
  for (const f of seats.features) {
    const [lon, lat] = f.geometry.coordinates;
    if (typeof lon === 'number' && typeof lat === 'number') byAdcode.set(f.properties.adcode, [lon, lat]);
  }
  return byAdcode;
}

export function readDefaultSources(geoDir: string): BoundarySources {
  const read = (file: string): SourceCollection => readJson<SourceCollection>(join(geoDir, file), file);
  return {
    provinces: read('sc-cq-provinces.geojson'),
    prefectures: read('sc-cq-prefectures.geojson'),
    counties: read('sc-cq-counties.geojson'),
    neighbours: read('neighbours.geojson'),
    rivers: readJson(join(geoDir, 'rivers.geojson'), 'rivers.geojson'),
    seats: readSeats(geoDir),
  };
}

/** Every admin adcode the sources contain (for the English-name completeness check). */
export function allAdcodes(sources: BoundarySources): string[] {
  const layers = [sources.provinces, sources.prefectures, sources.counties, sources.neighbours];
  return layers.flatMap((layer) => layer.features.map((f: Feature<AreaGeometry, SourceUnitProperties>) => f.properties.adcode));
}
