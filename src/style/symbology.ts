// The one place that decides how features look, shared by the Leaflet map, the legends and the export.
// The system (README "Symbols"): colour by category, shape by type (points), dash by status (lines),
// a dashed ring or outline by precision (approximate placement), and a cluster disc with a ring
// split by category where points would overlap (src/map/cluster-symbol.ts). Corridors are all
// lines, so their colour says their mode instead.
// Colours start from the Okabe–Ito palette (made for the common colour-vision deficiencies), darkened
// where needed so every symbol keeps 3:1 contrast against the land (BASEMAP.provinceFill); the
// category colours, and the corridor colours among themselves, stay apart under simulated
// deuteranopia and protanopia (test/style/symbology.test.ts). Colour never carries meaning alone:
// point types also differ by shape, line status by dash, approximate placement by a hollow symbol.
import type { Category, Precision, ProjectProperties, Status } from '../types.ts';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Okabe–Ito colours darkened to 3:1 contrast against the land; the hue kept where possible. */
export const DARKENED = {
  /** reddish purple #CC79A7 has 2.9:1 */
  reddishPurple: '#C0609F',
  /** sky blue #56B4E9 has 2.2:1 */
  skyBlue: '#1F86C2',
  /** orange #E69F00 has 2.2:1, and darkened it meets vermillion under protanopia: a dark ochre */
  ochre: '#7A5C00',
} as const;

export const POINT_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'pentagon', 'hexagon', 'star', 'cross'] as const;
export type PointShape = (typeof POINT_SHAPES)[number];

export interface PointSymbol {
  kind: 'point';
  shape: PointShape;
  /** null draws the shape hollow (approximate placement) */
  fill: string | null;
  stroke: string;
  strokeWidth: number;
  /** diameter of the symbol in CSS px at 1x */
  size: number;
}

export interface LineSymbol {
  kind: 'line';
  stroke: string;
  width: number;
  /** SVG stroke-dasharray lengths, null for a solid line */
  dash: number[] | null;
}

export interface AreaSymbol {
  kind: 'area';
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  dash: number[] | null;
}

export type FeatureSymbol = PointSymbol | LineSymbol | AreaSymbol;

const CATEGORY_COLOUR: Record<Category, string> = {
  corridor: OKABE_ITO.black,
  pilot_zone: OKABE_ITO.vermillion,
  industrial_park: OKABE_ITO.blue,
  platform: DARKENED.reddishPurple,
};

const CORRIDOR_COLOUR: Record<string, string> = {
  high_speed_rail: OKABE_ITO.vermillion,
  railway: OKABE_ITO.black,
  international_rail_freight: DARKENED.reddishPurple,
  land_sea_corridor: OKABE_ITO.bluishGreen,
  waterway: DARKENED.skyBlue,
  expressway: DARKENED.ochre,
};

// Shapes are unique within a category, so two subtypes of one colour never look alike.
const SUBTYPE_SHAPE: Record<string, PointShape> = {
  free_trade_zone: 'circle',
  national_new_area: 'square',
  science_city: 'triangle',
  provincial_new_area: 'diamond',
  adjacent_cooperation_platform: 'triangle-down',
  digital_economy_pilot: 'pentagon',
  national_economic_development_zone: 'square',
  national_high_tech_zone: 'triangle',
  comprehensive_bonded_zone: 'diamond',
  industrial_cooperation_park: 'pentagon',
  planning_area: 'star',
  metropolitan_area: 'hexagon',
  ftz_cooperation_platform: 'circle',
  international_airport: 'cross',
  expo_venue: 'square',
};

export function categoryColour(category: Category): string {
  return CATEGORY_COLOUR[category];
}

export function pointShapeFor(subtype: string): PointShape {
  return SUBTYPE_SHAPE[subtype] ?? 'circle';
}

/** Operating lines are solid; lines not yet built are dashed, planned ones more sparsely. */
export function dashForStatus(status: Status | null): number[] | null {
  switch (status) {
    case 'under_construction':
      return [8, 4];
    case 'planned':
      return [2, 4];
    case 'operating':
    case 'designated':
    case null:
      return null;
  }
}

function isApproximate(precision: Precision): boolean {
  return precision === 'approximate';
}

type SymbolInput = Pick<ProjectProperties, 'category' | 'subtype' | 'status' | 'precision'>;

export function pointSymbol(props: SymbolInput): PointSymbol {
  const colour = categoryColour(props.category);
  return {
    kind: 'point',
    shape: pointShapeFor(props.subtype),
    fill: isApproximate(props.precision) ? null : colour,
    stroke: isApproximate(props.precision) ? colour : '#ffffff',
    strokeWidth: isApproximate(props.precision) ? 2 : 1,
    size: 16,
  };
}

export function lineSymbol(props: SymbolInput): LineSymbol {
  const dash = dashForStatus(props.status);
  return {
    kind: 'line',
    stroke: CORRIDOR_COLOUR[props.subtype] ?? CATEGORY_COLOUR[props.category],
    width: props.subtype === 'high_speed_rail' || props.subtype === 'land_sea_corridor' ? 3 : 2.5,
    // An approximate path is dotted even when operating, so its placement reads as indicative.
    dash: dash ?? (isApproximate(props.precision) ? [1, 3] : null),
  };
}

// Extents are unions of whole units and often overlap (the planning area holds nearly everything):
// a faint tint that stays faint where several stack, the dashed outline doing the work. The planning
// area is outline only; province-wide and metropolitan zones are fainter than the small platforms.
const OUTLINE_ONLY_SUBTYPES: ReadonlySet<string> = new Set(['planning_area']);
const WIDE_EXTENT_SUBTYPES: ReadonlySet<string> = new Set(['metropolitan_area', 'digital_economy_pilot']);

function extentFillOpacity(subtype: string): number {
  if (OUTLINE_ONLY_SUBTYPES.has(subtype)) return 0;
  return WIDE_EXTENT_SUBTYPES.has(subtype) ? 0.03 : 0.06;
}

export function areaSymbol(props: SymbolInput): AreaSymbol {
  const colour = categoryColour(props.category);
  return {
    kind: 'area',
    fill: colour,
    fillOpacity: extentFillOpacity(props.subtype),
    stroke: colour,
    strokeWidth: 1.5,
    // Zone extents built from member units are always approximate.
    dash: isApproximate(props.precision) ? [6, 3] : null,
  };
}

export function featureSymbol(props: SymbolInput, geometryType: 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon'): FeatureSymbol {
  switch (geometryType) {
    case 'Point':
      return pointSymbol(props);
    case 'LineString':
      return lineSymbol(props);
    case 'Polygon':
    case 'MultiPolygon':
      return areaSymbol(props);
  }
}

/** Styles of the basemap layers (the project's own boundary data). */
export const BASEMAP = {
  sea: '#ffffff',
  neighbourFill: '#f2f2f2',
  neighbourStroke: '#bdbdbd',
  provinceFill: '#fbfaf6',
  provinceStroke: '#4d4d4d',
  provinceStrokeWidth: 1.6,
  prefectureStroke: '#9a9a9a',
  prefectureStrokeWidth: 0.7,
  countyStroke: '#cfcfcf',
  countyStrokeWidth: 0.4,
  river: '#7fb8dc',
  riverWidth: 1.2,
  overlayFill: '#56B4E9',
  overlayFillOpacity: 0.18,
  overlayStroke: '#0072B2',
  selected: '#000000',
} as const;
