// Reads a replacement county-level boundary file (--boundaries) and derives the prefecture layer
// from it, so a user can rebuild the map with an approved boundary dataset without code changes.
// Context layers (neighbours, rivers) and seat points still come from data/geo.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Feature } from 'geojson';
import { dissolveToParents } from './dissolve.ts';
import type { BoundarySources, SourceCollection } from './sources.ts';
import type { AreaGeometry, SourceUnitProperties } from './units.ts';
import { validateBoundaryCollection } from './validate-boundaries.ts';

/** adcode of the province containing an adcode (GB/T 2260: first two digits). */
export function provinceOf(adcode: string): string {
  return `${adcode.slice(0, 2)}0000`;
}

export function isProvinceCode(adcode: string): boolean {
  return adcode.endsWith('0000');
}

/** Normalises validated features: adcodes as strings, optional fields kept only when usable. */
function toSourceFeature(raw: Feature<AreaGeometry, Record<string, unknown>>): Feature<AreaGeometry, SourceUnitProperties> {
  const p = raw.properties;
  const seat = Array.isArray(p.seat) && p.seat.length === 2 && p.seat.every((n) => typeof n === 'number') ? (p.seat as [number, number]) : null;
  const properties: SourceUnitProperties = {
    adcode: String(p.adcode),
    name: String(p.name),
    parent: String(p.parent),
    seat,
    ...(typeof p.level === 'string' ? { level: p.level } : {}),
    ...(typeof p.name_en === 'string' && p.name_en.trim() ? { name_en: p.name_en.trim() } : {}),
  };
  return { type: 'Feature', geometry: raw.geometry, properties };
}

/** Counties whose parent is a province are prefecture-level themselves (Chongqing's districts). */
export async function prefecturesFromCounties(
  counties: SourceCollection,
  namesZh: ReadonlyMap<string, string>,
  seats: ReadonlyMap<string, [number, number]>,
): Promise<SourceCollection> {
  const direct = counties.features.filter((f) => isProvinceCode(f.properties.parent ?? ''));
  const grouped = counties.features.filter((f) => !isProvinceCode(f.properties.parent ?? ''));
  const dissolved = await dissolveToParents({ type: 'FeatureCollection', features: grouped }, (adcode) => ({
    adcode,
    name: namesZh.get(adcode) ?? adcode,
    level: 'prefecture',
    parent: provinceOf(adcode),
    seat: seats.get(adcode) ?? null,
  }));
  const features = [...direct, ...dissolved.features].sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  return { type: 'FeatureCollection', features };
}

export async function readReplacementSources(
  file: string,
  defaults: BoundarySources,
  namesZh: ReadonlyMap<string, string>,
): Promise<BoundarySources> {
  const label = basename(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${label}: cannot read as JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const problems = validateBoundaryCollection(json, label);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const counties: SourceCollection = {
    type: 'FeatureCollection',
    features: (json as { features: Feature<AreaGeometry, Record<string, unknown>>[] }).features.map(toSourceFeature),
  };
  const prefectures = await prefecturesFromCounties(counties, namesZh, defaults.seats);
  return { ...defaults, counties, prefectures };
}
