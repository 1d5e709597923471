// The one application state. Everything a permalink must reproduce lives here; views render from it
// and send patches back through the store. Other modules extend it by adding a field here, a default
// in defaultState(), and a FieldCodec (see url-codec.ts).
import type { Lang } from '../types';
import type { StoryStep } from '../story/story';
import { EMBED_DEFAULTS, type EmbedLegendMode, type EmbedTheme } from './embed-options';
import { NO_FILTERS, type FeatureFilters } from '../filters/filter-state';
import { NO_QUESTION, type QuestionState } from '../questions/question-types';
import { DEFAULT_PANEL_TAB, type PanelTab } from './panel-tab';
import { DEFAULT_CHONGQING_BARS, type ChongqingBars } from './chart-options';
import type { ChoroplethSpec } from '../choropleth/choropleth-spec';
import type { Annotation } from '../annotations/annotation';
import type { ChoroplethValues } from '../choropleth/choropleth-values';
import type { MyLayerRef } from './my-layer-refs';

/** A map view: centre and zoom, rounded so that the URL and the state agree exactly. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export type Selection = { kind: 'unit'; adcode: string } | { kind: 'feature'; id: string };

export interface AppState {
  /** null = "fit the two provinces" (the initial view, whatever the screen size) */
  readonly view: MapView | null;
  readonly lang: Lang;
  readonly selection: Selection | null;
  /** the search text: narrows the feature list ("" = no search) */
  readonly search: string;
  /** how the feature list is sorted; null = the data's own order */
  readonly listSort: ListSort | null;
  /** spatial questions (catchment, area, measurement); NO_QUESTION when none is asked */
  readonly question: QuestionState;
  /** which project features are shown (src/filters/filter-state.ts); default: all */
  readonly filters: FeatureFilters;
  /** the side panel's open tab (src/state/ui-codecs.ts) */
  readonly panelTab: PanelTab;
  /** the by-place chart: Chongqing's districts and counties as bars of their own, or Chongqing as one bar (src/state/ui-codecs.ts) */
  readonly chartChongqing: ChongqingBars;
  /** news embed mode (embed=1) and its options (src/state/embed-codecs.ts) */
  readonly embed: boolean;
  readonly embedTitle: boolean;
  readonly embedLegend: EmbedLegendMode;
  readonly embedTheme: EmbedTheme;
  /** units coloured by a saved table's column (src/choropleth/); null when none */
  readonly choropleth: ChoroplethSpec | null;
  /** the choropleth's joined values carried in the address (an embed has no table); null when none */
  readonly choroplethValues: ChoroplethValues | null;
  /** the newsroom's headline, dek, note and credit ('' = none; src/state/embed-options.ts) */
  readonly embedHed: string;
  readonly embedDek: string;
  readonly embedNote: string;
  readonly embedCredit: string;
  /** embed: play the timeline once when in view (play=1) */
  readonly embedPlay: boolean;
  /** embed: a map story's steps, [] for none (story=…) */
  readonly story: readonly StoryStep[];
  /** the planner's notes, arrows, circles and areas on the map, [] for none (an=…) */
  readonly annotations: readonly Annotation[];
  /** the planner's imported layers shown, by id and name (my=…); [] for none */
  readonly myLayers: readonly MyLayerRef[];
  /** the site's published layers the reader has hidden, by id (pubhide=…); [] shows them all */
  readonly hiddenPublished: readonly string[];
}

export type ListSortColumn = 'name' | 'year' | 'city';
export interface ListSort {
  column: ListSortColumn;
  direction: 'ascending' | 'descending';
}

/** zh* in the browser's language list picks Chinese; anything else English. */
export function languageFromNavigator(languages: readonly string[]): Lang {
  const first = languages[0];
  return first !== undefined && first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function defaultState(languages: readonly string[]): AppState {
  return { ...EMBED_DEFAULTS, view: null, lang: languageFromNavigator(languages), selection: null, search: '', listSort: null, question: NO_QUESTION, filters: NO_FILTERS, panelTab: DEFAULT_PANEL_TAB, chartChongqing: DEFAULT_CHONGQING_BARS, choropleth: null, choroplethValues: null, annotations: [], myLayers: [], hiddenPublished: [] };
}

// Five decimals of a degree is about a metre: finer precision only makes URLs longer.
const COORD_DECIMALS = 5;
const ZOOM_DECIMALS = 2;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 20;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // "+ 0" turns -0 into 0 so equal views compare equal.
  return Math.round(value * factor) / factor + 0;
}

/** The canonical form of a view: rounded, latitude and zoom clamped, longitude wrapped to ±180. */
export function normalizeView(view: MapView): MapView {
  const wrappedLon = ((((view.lon + 180) % 360) + 360) % 360) - 180;
  return {
    lat: round(Math.min(90, Math.max(-90, view.lat)), COORD_DECIMALS),
    lon: round(view.lon >= -180 && view.lon <= 180 ? view.lon : wrappedLon, COORD_DECIMALS),
    zoom: round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom)), ZOOM_DECIMALS),
  };
}
