// Builds the served boundary assets from data/geo (or a replacement county file):
//   boundaries-base.json     provinces, prefectures, neighbours, rivers, seats (drawn at start, zoom 5-8)
//   boundaries-counties.json counties (loaded on zoom >= 8, detailed enough for zoom 8-11)
//   divisions.json           names, codes and seats of every unit, for placing rows by place name
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { RiverProperties, UnitProperties } from '../../src/types.ts';
import { DIVISIONS_FILE, divisionList } from './divisions.ts';
import { sizeOf, type FileSize } from './manifest.ts';
import { missingEnglishNames, parseChineseNames, parseEnglishNames, type EnglishNames } from './names-en.ts';
import { allAdcodes, readDefaultSources, type BoundarySources, type SourceCollection } from './sources.ts';
import { buildTopology, simplifyLayer } from './topology.ts';
import { toNeighbourFeature, toUnitFeature, type UnitFeature } from './units.ts';
import { readReplacementSources } from './replacement.ts';
import { dissolveToParents } from './dissolve.ts';

export interface BoundaryBuildOptions {
  /** folder with the source GeoJSON (data/geo) */
  geoDir: string;
  /** data/names-en.csv */
  namesCsv: string;
  /** where the served files go (public/data; tests pass a temp dir) */
  outDir: string;
  /** optional replacement county-level boundary file (--boundaries) */
  boundariesFile?: string;
}

export const BASE_FILE = 'boundaries-base.json';
export const COUNTIES_FILE = 'boundaries-counties.json';

// Tolerances follow the zoom each file serves: at zoom 8 a pixel is ~530 m at 30°N, at zoom 11 ~66 m.
const BASE_SIMPLIFY_M = 500;
const NEIGHBOUR_SIMPLIFY_M = 3000; // faint context only
const COUNTY_SIMPLIFY_M = 100;
const QUANTIZATION = 100_000;

function toCollection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

function units(source: SourceCollection, names: EnglishNames): FeatureCollection {
  return toCollection(source.features.map((f) => toUnitFeature(f, names)));
}

function withSeats(source: SourceCollection, seats: ReadonlyMap<string, [number, number]>): SourceCollection {
  return toCollection(
    source.features.map((f) => ({
      ...f,
      properties: { ...f.properties, seat: f.properties.seat ?? seats.get(f.properties.adcode) ?? null },
    })),
  );
}

function seatPoints(prefectures: FeatureCollection): FeatureCollection<Point> {
  const points: Feature<Point>[] = [];
  for (const f of prefectures.features as UnitFeature[]) {
    const { adcode, name_zh, name_en, seat } = f.properties;
    if (seat) points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: seat }, properties: { adcode, name_zh, name_en } });
  }
  return toCollection(points);
}

function rivers(source: BoundarySources['rivers']): FeatureCollection {
  return toCollection(
    source.features.map((f) => {
      const p = f.properties;
      const properties: RiverProperties = {
        name_zh: String(p.name_zh ?? ''),
        name_en: String(p.name_en ?? p.name ?? ''),
        scalerank: Number(p.scalerank),
      };
      return { type: 'Feature' as const, geometry: f.geometry, properties };
    }),
  );
}

export function loadEnglishNames(namesCsv: string): EnglishNames {
  return parseEnglishNames(readFileSync(namesCsv, 'utf8'), 'names-en.csv');
}

/** Builds both TopoJSON files into outDir and returns their sizes by file name. */
export async function buildBoundaries(options: BoundaryBuildOptions): Promise<Record<string, FileSize>> {
  const names = loadEnglishNames(options.namesCsv);
  const namesZh = parseChineseNames(readFileSync(options.namesCsv, 'utf8'));
  const defaults = readDefaultSources(options.geoDir);
  const sources = options.boundariesFile
    ? await readReplacementSources(options.boundariesFile, defaults, namesZh)
    : defaults;
  if (!options.boundariesFile) {
    // The shipped data must be fully translated; a replacement file may fall back to its own names.
    const missing = missingEnglishNames(names, allAdcodes(sources));
    if (missing.length > 0) {
      throw new Error(`names-en.csv: no English name for adcode ${missing.join(', ')}`);
    }
  }

  // Province outlines are re-derived from the prefectures so both layers share every border arc
  // (the source province file matches them in shape but not vertex for vertex).
  const provinceSource = new Map(sources.provinces.features.map((f) => [f.properties.adcode, f.properties]));
  const provinces = await dissolveToParents(sources.prefectures, (adcode) => ({
    ...(provinceSource.get(adcode) ?? { name: namesZh.get(adcode) ?? adcode }),
    adcode,
    level: 'province',
    parent: null,
  }));
  const prefectures = units(withSeats(sources.prefectures, sources.seats), names);
  const neighbours = toCollection(sources.neighbours.features.map((f) => toNeighbourFeature(f, names)));
  // Converted once: the topologies and the division list share them (each conversion computes areas).
  const provinceUnits = units(provinces, names);
  const countyUnits = units(sources.counties, names);
  const base = await buildTopology(
    {
      provinces: provinceUnits,
      prefectures,
      neighbours: await simplifyLayer(neighbours, NEIGHBOUR_SIMPLIFY_M),
      rivers: rivers(sources.rivers),
      seats: seatPoints(prefectures),
    },
    { simplifyMetres: BASE_SIMPLIFY_M, quantization: QUANTIZATION },
  );
  const counties = await buildTopology(
    { counties: countyUnits },
    { simplifyMetres: COUNTY_SIMPLIFY_M, quantization: QUANTIZATION },
  );

  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, BASE_FILE), base);
  writeFileSync(join(options.outDir, COUNTIES_FILE), counties);
  const asUnits = (collection: FeatureCollection) => collection as FeatureCollection<Geometry, UnitProperties>;
  const divisions = JSON.stringify(divisionList(asUnits(provinceUnits), asUnits(prefectures), asUnits(countyUnits)));
  writeFileSync(join(options.outDir, DIVISIONS_FILE), divisions);
  return { [BASE_FILE]: sizeOf(base), [COUNTIES_FILE]: sizeOf(counties), [DIVISIONS_FILE]: sizeOf(divisions) };
}
