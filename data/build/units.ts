// Turns a source admin feature into a served unit feature (UnitProperties), pure.
import turfArea from '@turf/area';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { NeighbourProperties, UnitLevel, UnitProperties } from '../../src/types.ts';
import type { EnglishNames } from './names-en.ts';

export type AreaGeometry = Polygon | MultiPolygon;
export type UnitFeature = Feature<AreaGeometry, UnitProperties>;
export type NeighbourFeature = Feature<AreaGeometry, NeighbourProperties>;

/** Source properties as they appear in data/geo (and in a replacement boundary file). */
export interface SourceUnitProperties {
  adcode: string;
  name: string;
  level?: string;
  parent?: string | null;
  seat?: [number, number] | null;
  name_en?: string;
}

const LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'city', 'district', 'county'];

/** Rounds km² to 0.1: the geometry is only good to ~100 m, more digits would be false precision. */
export function areaKm2(geometry: AreaGeometry): number {
  return Math.round(turfArea({ type: 'Feature', geometry, properties: {} }) / 1e5) / 10;
}

/** Level from the adcode when the source does not say: xx0000 province, xxyy00 prefecture, else county. */
export function levelOf(props: SourceUnitProperties): UnitLevel {
  const given = LEVELS.find((l) => l === props.level);
  if (given) return given;
  if (props.adcode.endsWith('0000')) return 'province';
  if (props.adcode.endsWith('00')) return 'prefecture';
  return 'county';
}

export function englishName(props: SourceUnitProperties, names: EnglishNames): string {
  const own = props.name_en?.trim();
  return own || names.get(props.adcode) || props.name;
}

export function toUnitFeature(
  source: Feature<AreaGeometry, SourceUnitProperties>,
  names: EnglishNames,
): UnitFeature {
  const p = source.properties;
  const level = levelOf(p);
  const properties: UnitProperties = {
    adcode: p.adcode,
    name_zh: p.name,
    name_en: englishName(p, names),
    level,
    parent: level === 'province' ? null : (p.parent ?? null),
    seat: Array.isArray(p.seat) && p.seat.length === 2 ? [p.seat[0], p.seat[1]] : null,
    area_km2: areaKm2(source.geometry),
  };
  return { type: 'Feature', geometry: source.geometry, properties };
}

export function toNeighbourFeature(
  source: Feature<AreaGeometry, SourceUnitProperties>,
  names: EnglishNames,
): NeighbourFeature {
  const p = source.properties;
  return {
    type: 'Feature',
    geometry: source.geometry,
    properties: { adcode: p.adcode, name_zh: p.name, name_en: englishName(p, names) },
  };
}
