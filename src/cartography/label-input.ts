// The inputs and outputs of the map's label layout (src/cartography/map-labels.ts), apart from it so
// the candidate builders can share them without an import cycle.
import type { Lang, ProjectFeature } from '../types';
import type { Box } from './box-index';
import type { PlacementCandidate } from './label-placement';
import type { Leader } from './leader';
import { LINE_HEIGHT, LABEL_STYLES, type LabelKind, type LabelStyleName, type MeasureText } from './label-styles';

export interface SeatPlace {
  adcode: string;
  name_zh: string;
  name_en: string;
  lon: number;
  lat: number;
  /** seatLabelPriority: capitals, then prefectures, then Chongqing's districts, larger units first */
  priority: number;
}

export interface CountyPlace {
  adcode: string;
  name_zh: string;
  name_en: string;
  /** where the name goes (the unit's seat) */
  lon: number;
  lat: number;
}

export interface RiverPlace {
  id: string;
  name_zh: string;
  name_en: string;
  /** Natural Earth scalerank: smaller is more important */
  scalerank: number;
  lines: readonly (readonly (readonly [number, number])[])[];
}

/** A point symbol drawn on the map, which no label may cover. */
export interface DrawnSymbol {
  /** the feature it stands for; a shown point without a symbol of its own (in a cluster) is not named */
  id?: string;
  x: number;
  y: number;
  radius: number;
}

/**
 * Names and symbols beyond the built-in ones, placed with them by the same priorities and collision
 * rules: the imported and published layers' (userLabels in user-labels.ts, loaded only when a shown
 * layer has a name column).
 */
export interface ExtraLabels {
  candidates(input: MapLabelInput): PlacementCandidate<LabelPlace>[];
  /** point symbols drawn for them, which no name may cover */
  symbols(input: MapLabelInput): DrawnSymbol[];
}

export interface MapLabelInput {
  lang: Lang;
  zoom: number;
  viewport: { width: number; height: number };
  /** lon/lat to screen pixels (the map's container or the export frame) */
  project(lon: number, lat: number): readonly [number, number];
  measure: MeasureText;
  /** the scene's shown projects */
  features: readonly ProjectFeature[];
  selectedId?: string | null;
  seats?: readonly SeatPlace[];
  counties?: readonly CountyPlace[];
  rivers?: readonly RiverPlace[];
  /** more names and symbols, e.g. the shown user layers' (userLabels) */
  extra?: ExtraLabels;
  /** the view's [west, south, east, north] in degrees, for extras that look their places up in an index */
  bounds?: readonly [number, number, number, number];
  /** drawn point symbols; by default every shown point feature's symbol at its position */
  symbols?: readonly DrawnSymbol[];
  /** the legend, the controls: boxes no label may touch */
  obstacles?: readonly Box[];
  /** boxes a label keeps off when another of its positions allows (the corridor lines on a page) */
  softObstacles?: readonly Box[];
  /** candidates kept from the last layout of the same view (createMapLabelCache); same result, faster */
  cache?: MapLabelCache;
  /** the plain collision scan instead of the grid (the benchmark's baseline); same result */
  index?: 'grid' | 'list';
  /**
   * A page rather than a screen (the export): its own sizes and words, same priorities and collision
   * rules. Left out, the map's defaults apply.
   */
  page?: PageLabelOptions;
}

/** What a printed page changes in the layout (src/export/export-labels.ts sets these). */
export interface PageLabelOptions {
  /** every shown project is named whatever the zoom, and a zone even when it fills the page */
  allProjects: boolean;
  /** page pixels per screen pixel: scales the gaps, the seat dot and the rings around a symbol */
  unit: number;
  /** the type size of a style in page pixels (the preset's points) */
  typeSize(style: LabelStyleName): number;
  /** the lines of a name in this style (the page's wrapping, both languages) */
  nameLines(names: { name_zh: string; name_en: string }, style: LabelStyleName): string[];
  /** farther clearances (page pixels) where a point project's name may sit, joined to its symbol by a leader */
  leaderRings: readonly number[];
  /** what a leader from a symbol to a label's box claims (leaderBoxes in leader.ts, loaded with the page) */
  leaderBoxes(symbol: { x: number; y: number; radius: number }, box: Box): Box[];
  /** horizontal names beside a line instead of rotated along it (a writer without rotated text) */
  levelLineLabels: boolean;
  /** gives the seats' positions set away from their seat a leader line (seatLeaders in page-leaders.ts) */
  seatLeaders?(candidates: readonly PlacementCandidate<LabelPlace>[], symbols: readonly DrawnSymbol[], unit: number): PlacementCandidate<LabelPlace>[];
}

export interface MapLabel {
  /** `<kind>:<adcode or feature id>` */
  id: string;
  kind: LabelKind;
  style: LabelStyleName;
  /** the adcode or feature id the label names */
  key: string;
  lines: string[];
  /** centre of the text block and its rotation (degrees, clockwise) */
  x: number;
  y: number;
  /** which edge of the block the text holds to: the side facing its symbol (start = left edge) */
  align: TextAlign;
  angle: number;
  /** size of the text block, unrotated */
  width: number;
  height: number;
  /** the seat's dot, for seat labels */
  dot?: readonly [number, number];
  /** the symbol a label set away from it points to with a leader line (page layouts only) */
  leaderTo?: readonly [number, number];
  /** a seat name's leader line, box to the mark on its seat, when it is set away from it (page layouts only) */
  leader?: Leader;
  /** what it claimed: the text (and dot), as screen boxes */
  boxes: readonly Box[];
}

/** The parts of a label a candidate's position fills in. */
export type LabelPlace = Omit<MapLabel, 'boxes'>;

export type PlaceKind = 'seats' | 'counties' | 'rivers';

/** The candidates kept for one view (src/cartography/label-cache.ts): what layoutMapLabels asks for. */
export interface ViewCandidates {
  /** the candidates of lists of context places, built again only when one of the lists is another one */
  places(kind: PlaceKind, sources: readonly unknown[], build: () => PlacementCandidate<LabelPlace>[]): PlacementCandidate<LabelPlace>[];
  /**
   * A project's candidate (null: nothing to name), built again only when its stamp changes: the
   * numbers its candidate depends on besides the view (its symbol's position and size, selected or not).
   */
  feature(feature: ProjectFeature, stamp: readonly number[], build: () => PlacementCandidate<LabelPlace> | null): PlacementCandidate<LabelPlace> | null;
}

export interface MapLabelCache {
  /** the candidates kept for this input's view; those of any other view are dropped */
  forView(input: MapLabelInput): ViewCandidates;
}

export const DOT_RADIUS = 3;

export type TextAlign = 'start' | 'middle' | 'end';

/** The x the text is drawn from for its alignment (its left edge, centre or right edge). */
export function alignedX(label: { x: number; width: number; align: TextAlign }): number {
  return label.align === 'start' ? label.x - label.width / 2 : label.align === 'end' ? label.x + label.width / 2 : label.x;
}

/** Size of a text block of these lines in this style (type size in pixels: the style's own, or the page's). */
export function measureBlock(lines: readonly string[], style: LabelStyleName, measure: MeasureText, size: number = LABEL_STYLES[style].size): { width: number; height: number } {
  const width = Math.max(...lines.map((line) => measure(line, style)));
  return { width: Math.ceil(width) + 2, height: Math.ceil(lines.length * size * LINE_HEIGHT) };
}

/** The block of a label in this style for this input: on a page, the page's type size. */
export const blockOf = (lines: readonly string[], style: LabelStyleName, input: MapLabelInput): { width: number; height: number } =>
  measureBlock(lines, style, input.measure, input.page?.typeSize(style));

/** Page pixels per screen pixel (1 on the map). */
export const unitOf = (input: MapLabelInput): number => input.page?.unit ?? 1;

/** The lines of a name: the page's own wrapping, else the map's (the local name, a long English one in two). */
export function nameLinesOf(input: MapLabelInput, names: { name_zh: string; name_en: string }, style: LabelStyleName, mapLines: () => string[]): string[] {
  return input.page ? input.page.nameLines(names, style) : mapLines();
}
