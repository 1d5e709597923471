// What the export renderer needs: a snapshot of the view model, never the live map.
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Lang, NeighbourProperties, ProjectFeature, RiverProperties, UnitProperties } from '../types.ts';
import type { FeatureSymbol } from '../style/symbology.ts';
import type { LegendItem } from '../filters/legend-items.ts';
import type { PresetName } from './presets.ts';
import type { LocatorData } from '../cartography/locator.ts';
import type { Annotation } from '../annotations/annotation.ts';

export type ExportLang = 'zh' | 'en' | 'both';

/** A planner's own layer as shown on the map (visible, filtered): drawn in its colour (user-layers.ts). */
export interface ExportUserLayer {
  id: string;
  name: string;
  /** #rrggbb */
  colour: string;
  features: Feature[];
  /** a published layer's title in each language; else `name` serves both */
  titles?: Record<Lang, string>;
  /** proportional symbols: points sized by `column`, on a scale whose largest value is `max` (the whole layer's, as on the map) */
  sizes?: { column: string; max: number };
}

/** [[south, west], [north, east]] in degrees, as Leaflet's LatLngBounds gives them. */
export type ViewBounds = [[number, number], [number, number]];

export type AreaFeature<P> = Feature<Polygon | MultiPolygon, P>;

/** A seat name as the map labels it; priority decides which label wins a collision (larger wins). */
export interface ExportSeat {
  adcode: string;
  name_zh: string;
  name_en: string;
  lon: number;
  lat: number;
  priority: number;
}

export interface ExportBoundaries {
  provinces: AreaFeature<UnitProperties>[];
  prefectures: AreaFeature<UnitProperties>[];
  counties?: AreaFeature<UnitProperties>[];
  neighbours: AreaFeature<NeighbourProperties>[];
  rivers: Feature<LineString | MultiLineString, RiverProperties>[];
  /** the seat labels the map shows; left out, the export has none */
  seats?: ExportSeat[];
}

/** One legend row: the legend model's (src/filters/legend-items.ts). */
export type { LegendItem };

/** Units coloured by a table (src/choropleth/): drawn over the land, under every boundary line. */
export interface ExportChoropleth {
  /** the units of the joined level, each filled with its colour */
  units: AreaFeature<UnitProperties>[];
  /** adcode → #rrggbb */
  fills: Record<string, string>;
}

export interface EmbeddedFont {
  family: string;
  /** the font file (WOFF2), base64-encoded */
  woff2Base64: string;
}

export interface ExportInput {
  preset: PresetName | string;
  /** required for paper presets' choice of 150/300; screen presets accept 96 or nothing */
  dpi?: number;
  lang: ExportLang;
  title: string;
  subtitle: string;
  bounds: ViewBounds;
  boundaries: ExportBoundaries;
  /** exactly the visible features, already filtered */
  features: ProjectFeature[];
  selectedId: string | null;
  /** a selected province, prefecture or county (adcode), highlighted as on the map */
  selectedUnit?: string | null;
  /** e.g. a catchment buffer around the selected corridor */
  overlay?: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon | null;
  /** the visible layers only */
  legend: LegendItem[];
  /** units coloured by a table's column; its classes are legend items keyed choropleth:… */
  choropleth?: ExportChoropleth;
  /** the planner's own imported layers that are shown, drawn above the project features */
  userLayers?: ExportUserLayer[];
  /** the planner's notes, arrows, circles and areas (src/annotations/), drawn above the features */
  annotations?: readonly Annotation[];
  /** the locator inset's drawing (public/data/locator.json); absent: no inset */
  locator?: LocatorData;
  /** a short text of the author's own, printed above the footer (may be empty) */
  note?: string;
  /** human-readable sources, each said once (no file paths) */
  sources: string;
  /** the day the project facts were last checked (YYYY-MM-DD); null or absent: unknown */
  checkedOn?: string | null;
  /** the address to cite, as given (the command line's --url); '' prints none */
  permalink: string;
  /** preformatted date, passed in so the output is deterministic */
  date: string;
  /**
   * Embed the font as a data: URI. Needed when the SVG is rasterised through an <img>, which
   * cannot load external fonts; leave out for SVG downloads to keep them small.
   */
  embeddedFont?: EmbeddedFont;
}

/** Picks the label text for the export language. */
export function pickLabel(lang: ExportLang, zh: string, en: string): string {
  switch (lang) {
    case 'zh':
      return zh;
    case 'en':
      return en;
    case 'both':
      return zh === en ? zh : `${zh} ${en}`;
  }
}
