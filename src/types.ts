// Types shared by the data build (Node) and the app (browser). The served files in public/data/
// follow these shapes; see data/README.md for the editable source and the build.
import type { Feature, FeatureCollection, Point, LineString, Polygon, MultiPolygon } from 'geojson';

export type Lang = 'zh' | 'en';

// ---------- Administrative units (boundary assets) ----------

/** 'prefecture' = Sichuan prefecture-level city or autonomous prefecture; 'city' = county-level city. */
export type UnitLevel = 'province' | 'prefecture' | 'city' | 'district' | 'county';

/** Properties of every administrative unit in the served TopoJSON. */
export interface UnitProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
  level: UnitLevel;
  /** adcode of the parent unit; null for provinces */
  parent: string | null;
  /** government seat [lon, lat]; null when unknown */
  seat: [number, number] | null;
  /** area computed from the full-resolution geometry at build time (km², ellipsoidal) */
  area_km2: number;
}

export interface RiverProperties {
  name_zh: string;
  name_en: string;
  /** Natural Earth scalerank: smaller is more important */
  scalerank: number;
}

export interface NeighbourProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
}

// ---------- Project features (corridors, pilot zones, parks, platforms) ----------

export const CATEGORIES = ['corridor', 'pilot_zone', 'industrial_park', 'platform'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['operating', 'under_construction', 'designated', 'planned'] as const;
export type Status = (typeof STATUSES)[number];

export const LEVELS = ['national', 'joint', 'provincial'] as const;
export type Level = (typeof LEVELS)[number];

export const PROVINCES = ['sichuan', 'chongqing', 'both'] as const;
export type ProvinceCode = (typeof PROVINCES)[number];

export const PRECISIONS = ['exact', 'city', 'approximate'] as const;
/** exact: surveyed site; city: placed on the host district/county seat; approximate: hand-placed or a centroid */
export type Precision = (typeof PRECISIONS)[number];

/**
 * The batches of 成渝地区双城经济圈产业合作示范园区 (industrial cooperation demonstration parks):
 * 1 = announced 2021-01-08 (20 parks), 2 = announced 2023-03-24 (15 parks). See src/data/demo-parks.ts.
 */
export const DEMO_BATCHES = ['1', '2'] as const;
export type DemoBatch = 1 | 2;

/** The lead industry a cooperation pair was given, where the designation published one. */
export const LEAD_INDUSTRIES = ['new_materials', 'electronic_information'] as const;
export type LeadIndustry = (typeof LEAD_INDUSTRIES)[number];

export interface SourceRef {
  /** the source as written by the curator */
  text: string;
  /** the first http(s) URL found in the text, or null */
  url: string | null;
}

/** Properties of a project feature as served in public/data/features.json. Unknown = null. */
export interface ProjectProperties {
  id: string;
  name_zh: string;
  name_en: string;
  /** other names people search for: short names (成都高新区), former names (成自宜高铁) */
  aliases: string[];
  /** full pinyin and pinyin initials of the Chinese name and aliases, computed by the data build (search only) */
  search_keys?: string[];
  category: Category;
  subtype: string;
  level: Level | null;
  province: ProvinceCode | null;
  /** the curator's cities text, as written */
  cities: string;
  /** adcodes of the prefecture-level units the feature lies in or names (for the city filter) */
  prefectures: string[];
  /** adcode of the county-level unit a point is stated to lie in (checked by the build); null for lines and zones */
  county: string | null;
  status: Status | null;
  year: number | null;
  /** how the geometry was placed, in the source CSV */
  geometry_kind: 'point' | 'line' | 'area_center';
  precision: Precision;
  description_en: string | null;
  /** the description in Chinese; null when only the other language has one */
  description_zh: string | null;
  sources: SourceRef[];
  /** official area where verified (km²) */
  area_km2_official: number | null;
  /** the qualifier written beside the official area, e.g. "2000 approval"; null when none */
  area_note: string | null;
  /** area of the built extent (km²), for features whose extent is a union of member units */
  area_km2_computed: number | null;
  /** true when the extent is the union of member units (always approximate) */
  has_extent: boolean;
  /** adcodes of member units only partly inside the zone; their union is in the collection's partial_extents */
  partial_units: string[];
  /** a point to label / pin the feature: the CSV's lon/lat (for a corridor without one, its middle vertex) */
  anchor: [number, number];
  /** inside the economic-circle planning area: 'yes', 'partial' or 'no' (computed at build time) */
  in_planning_area: 'yes' | 'partial' | 'no';
  notes: string | null;
  /** records deliberately drawn at the same point (e.g. several zones on one county seat) share this key */
  co_located: string | null;
  /** the parks of one cross-border cooperation pair share this key (one record per park) */
  pair: string | null;
  /** batch of the 成渝 industrial cooperation demonstration parks this park belongs to; null = not one */
  demo_batch: DemoBatch | null;
  /** the lead industry published for the park's cooperation; null = not published */
  lead_industry: LeadIndustry | null;
}

export type ProjectGeometry = Point | LineString | Polygon | MultiPolygon;
export type ProjectFeature = Feature<ProjectGeometry, ProjectProperties> & { id: string };
export type ProjectCollection = FeatureCollection<ProjectGeometry, ProjectProperties> & {
  /** for zones with partly included member units: feature id -> union of those units (draw differently) */
  partial_extents?: Record<string, Polygon | MultiPolygon>;
};

