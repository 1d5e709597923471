// The typed schema of data/facts/features.csv, shared by the data build (Node) and the app.
// The CSV is the editable source; this module says which values are allowed and how a validated
// row becomes ProjectProperties. Validation itself lives in validate-facts.ts.
import {
  CATEGORIES,
  DEMO_BATCHES,
  LEAD_INDUSTRIES,
  type DemoBatch,
  type LeadIndustry,
  LEVELS,
  PRECISIONS,
  PROVINCES,
  STATUSES,
  type Category,
  type Level,
  type Precision,
  type ProjectProperties,
  type ProvinceCode,
  type Status,
} from '../types.ts';
import { splitSources } from './sources.ts';

export { CATEGORIES, DEMO_BATCHES, LEAD_INDUSTRIES, LEVELS, PRECISIONS, PROVINCES, STATUSES };

/** Subtypes allowed for each category; a subtype must belong to its row's category. */
export const SUBTYPES_BY_CATEGORY: Readonly<Record<Category, readonly string[]>> = {
  corridor: [
    'high_speed_rail',
    'railway',
    'expressway',
    'waterway',
    'land_sea_corridor',
    'international_rail_freight',
  ],
  pilot_zone: [
    'free_trade_zone',
    'national_new_area',
    'provincial_new_area',
    'science_city',
    'adjacent_cooperation_platform',
    'digital_economy_pilot',
  ],
  industrial_park: [
    'national_economic_development_zone',
    'national_high_tech_zone',
    'comprehensive_bonded_zone',
    'industrial_cooperation_park',
  ],
  platform: ['planning_area', 'metropolitan_area', 'international_airport', 'ftz_cooperation_platform', 'expo_venue'],
};

/**
 * Zones defined by member units rather than a site: their extent is the union of the county-level
 * units listed for them in zone-members.csv, so every such row must have members there.
 */
export const MEMBER_DEFINED_SUBTYPES: readonly string[] = [
  'adjacent_cooperation_platform',
  'metropolitan_area',
  'digital_economy_pilot',
  'planning_area',
];

export const GEOMETRY_KINDS = ['point', 'line', 'area_center'] as const;
export type GeometryKind = (typeof GEOMETRY_KINDS)[number];

export const MEMBER_ROLES = ['whole', 'partial', 'excluded'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Points and anchors must lie in Sichuan + Chongqing (with a margin). */
export const REGION = { minLon: 97, maxLon: 111, minLat: 26, maxLat: 33.5 } as const;
/**
 * Outbound corridors leave the region (to the Beibu Gulf ports, to Xi'an), so corridor vertices are
 * checked against this wider reach; at least one vertex must still lie in REGION.
 */
export const CORRIDOR_REACH = { minLon: 97, maxLon: 115, minLat: 18, maxLat: 36 } as const;
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2050;
/** What the `year` column says when no source gives the year: explicit, so a blank cell is an omission. */
export const YEAR_UNKNOWN = 'unknown';

/** Columns of features.csv, in order. */
export const FACT_COLUMNS = [
  'id', 'name_zh', 'name_en', 'aliases', 'category', 'subtype', 'level', 'province', 'cities', 'county', 'status',
  'year', 'geometry_kind', 'lon', 'lat', 'path', 'precision', 'description_en', 'description_zh', 'source',
  'area_km2', 'notes', 'co_located', 'pair', 'demo_batch', 'lead_industry',
] as const;
export type FactColumn = (typeof FACT_COLUMNS)[number];
/** One raw row of features.csv: every column as text, exactly as the curator wrote it. */
export type FactsRow = Record<FactColumn, string>;

/** Columns of zone-members.csv. */
export const MEMBER_COLUMNS = ['id', 'adcode', 'name_zh', 'role'] as const;
export interface ZoneMember {
  id: string;
  adcode: string;
  name_zh: string;
  role: MemberRole;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** "9.94 (2000 approval)" -> { value: 9.94, note: "2000 approval" }; blank -> nulls; junk -> undefined. */
export function parseOfficialArea(text: string): { value: number | null; note: string | null } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, note: null };
  const match = /^(\d+(?:\.\d+)?)\s*(?:\((.+)\))?$/.exec(trimmed);
  if (!match) return undefined;
  const value = Number(match[1]);
  if (!(value > 0)) return undefined;
  return { value, note: match[2]?.trim() || null };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** "成都高新区; Chengdu Hi-tech Zone" -> two aliases; blank -> none. */
export function splitAliases(text: string): string[] {
  return text.split(';').map((part) => part.trim()).filter((part) => part !== '');
}

/** Values computed by the build from geometry and member units. */
export interface DerivedProperties {
  prefectures: string[];
  in_planning_area: ProjectProperties['in_planning_area'];
  area_km2_computed: number | null;
  has_extent: boolean;
  partial_units: string[];
  anchor: [number, number];
}

/** Converts a row that passed validation into served properties. Unknown stays null. */
export function rowToProperties(row: FactsRow, derived: DerivedProperties): ProjectProperties {
  const area = parseOfficialArea(row.area_km2) ?? { value: null, note: null };
  const yearText = row.year.trim();
  const year = yearText === '' || yearText === YEAR_UNKNOWN ? null : Number(yearText);
  return {
    id: row.id.trim(),
    name_zh: row.name_zh.trim(),
    name_en: row.name_en.trim(),
    aliases: splitAliases(row.aliases),
    category: row.category as Category,
    subtype: row.subtype,
    level: (blankToNull(row.level) as Level | null),
    province: (blankToNull(row.province) as ProvinceCode | null),
    cities: row.cities.trim(),
    prefectures: derived.prefectures,
    county: blankToNull(row.county),
    status: (blankToNull(row.status) as Status | null),
    year,
    geometry_kind: row.geometry_kind as GeometryKind,
    // an extent built from whole member units is approximate whatever the row's point precision was
    precision: derived.has_extent ? 'approximate' : (row.precision as Precision),
    description_en: blankToNull(row.description_en),
    description_zh: blankToNull(row.description_zh),
    sources: splitSources(row.source),
    area_km2_official: area.value,
    area_note: area.note,
    area_km2_computed: derived.area_km2_computed,
    has_extent: derived.has_extent,
    partial_units: derived.partial_units,
    anchor: derived.anchor,
    in_planning_area: derived.in_planning_area,
    notes: blankToNull(row.notes),
    co_located: blankToNull(row.co_located),
    pair: blankToNull(row.pair),
    demo_batch: row.demo_batch.trim() === '' ? null : (Number(row.demo_batch) as DemoBatch),
    lead_industry: (blankToNull(row.lead_industry) as LeadIndustry | null),
  };
}
