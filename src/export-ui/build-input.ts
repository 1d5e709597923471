// Builds the renderer's input from a snapshot of what the user sees: the map's bounds, the
// visible features, the selection and the question's result. Pure, so the browser dialog and any
// other caller produce the same picture from the same snapshot.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { EmbeddedFont, ExportBoundaries, ExportChoropleth, ExportInput, ExportSeat, LegendItem, ViewBounds } from '../export/export-input';
import type { ProjectFeature } from '../types';
import type { ExportOptions } from './export-options';
import type { ExportUserLayer } from '../export/export-input';
import type { BaseBoundaries, UnitCollection } from '../data/load-boundaries';
import { COUNTY_MIN_ZOOM } from '../map/county-loader';
import { seatPlaces } from '../style/basemap';
import type { LocatorData } from '../cartography/locator';
import type { Annotation } from '../annotations/annotation';
import type { PublishedLayerSummary } from '../data/published-layers';
import { translate } from '../i18n/translate';

export interface ExportSnapshot {
  bounds: ViewBounds;
  boundaries: ExportBoundaries;
  /** exactly the features drawn on the map */
  visible: ProjectFeature[];
  legend: LegendItem[];
  /** the selected feature's id, if a feature (not a unit) is selected */
  selectedId: string | null;
  /** the selected unit's adcode, if a unit is selected */
  selectedUnit?: string | null;
  /** e.g. the catchment polygon of the current question */
  overlay: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon | null;
  sources: string;
  /** the day the project facts were last checked, or null when unknown */
  checkedOn?: string | null;
  permalink: string;
  date: string;
  /** the planner's own layers as shown (visible, filtered) */
  userLayers?: ExportUserLayer[];
  /** units coloured by a table, as on the map */
  choropleth?: ExportChoropleth;
  /** the locator inset's drawing, as the map's corner shows it; absent when it could not be loaded */
  locator?: LocatorData;
  /** the planner's notes, arrows, circles and areas (the state's `annotations`) */
  annotations?: readonly Annotation[];
}

export interface ExportTexts {
  title: string;
  subtitle: string;
  /** the author's note above the footer; '' for none */
  note?: string;
  /** the link printed in the footer; absent: the snapshot's (the page's own address) */
  permalink?: string;
}

export function buildExportInput(snapshot: ExportSnapshot, options: ExportOptions, texts: ExportTexts, embeddedFont?: EmbeddedFont): ExportInput {
  const input: ExportInput = {
    preset: options.preset,
    dpi: options.dpi,
    lang: options.lang,
    title: texts.title,
    subtitle: texts.subtitle,
    bounds: snapshot.bounds,
    boundaries: snapshot.boundaries,
    features: snapshot.visible,
    selectedId: snapshot.selectedId,
    overlay: snapshot.overlay,
    legend: snapshot.legend,
    sources: snapshot.sources,
    checkedOn: snapshot.checkedOn ?? null,
    permalink: texts.permalink ?? snapshot.permalink,
    date: snapshot.date,
  };
  if (texts.note) input.note = texts.note;
  if (snapshot.selectedUnit) input.selectedUnit = snapshot.selectedUnit;
  if (embeddedFont) input.embeddedFont = embeddedFont;
  if (snapshot.userLayers?.length) input.userLayers = snapshot.userLayers;
  if (snapshot.choropleth) input.choropleth = snapshot.choropleth;
  if (snapshot.locator) input.locator = snapshot.locator;
  if (snapshot.annotations?.length) input.annotations = snapshot.annotations;
  return input;
}

type Bilingual = { zh: string; en: string };

/**
 * The export's sources line in words a reader understands: who drew the boundaries and rivers,
 * where the project facts come from. Each source once per language; the disclaimer is the footer's.
 * A manifest from an older build has only its attribution line, which is used as it is.
 */
export function sourcesLine(
  manifest: { attribution: Bilingual; sources?: { boundaries: Bilingual; projects: Bilingual } }, lang: ExportOptions['lang'], published: readonly PublishedLayerSummary[] = [],
): string {
  // each published layer drawn: its title, who published it and the day that was checked
  const layers = (l: 'zh' | 'en') => {
    if (published.length === 0) return '';
    const lines = published.map(({ title, source }) => translate(l, 'published.sourceLine', { title: title[l], source: source.name, date: source.checked }));
    return translate(l, 'words.nextSentence', { text: translate(l, 'words.sentence', { text: lines.join(translate(l, 'published.sourcesJoin')) }) });
  };
  const text = (l: 'zh' | 'en') =>
    (manifest.sources ? manifest.sources.boundaries[l] + translate(l, 'words.nextSentence', { text: manifest.sources.projects[l] }) : manifest.attribution[l]) + layers(l);
  return lang === 'both' ? `${text('zh')} ${text('en')}` : text(lang);
}

/** The map draws county lines from this zoom on; the export follows the same rule so it shows what the map shows. */
export function countiesShownAt(zoom: number): boolean {
  return zoom >= COUNTY_MIN_ZOOM;
}

/**
 * The boundaries the export draws at the map's zoom: counties only where the map shows them and
 * only once loaded (null = not loaded).
 */
export function exportBoundariesAt(zoom: number, base: Pick<BaseBoundaries, 'provinces' | 'prefectures' | 'neighbours' | 'rivers'> & Partial<Pick<BaseBoundaries, 'seats'>>, counties: UnitCollection | null): ExportBoundaries {
  const boundaries: ExportBoundaries = {
    provinces: base.provinces.features,
    prefectures: base.prefectures.features,
    neighbours: base.neighbours.features,
    rivers: base.rivers.features,
  };
  if (base.seats) boundaries.seats = exportSeats(base as Pick<BaseBoundaries, 'provinces' | 'prefectures' | 'seats'>);
  if (counties && countiesShownAt(zoom)) boundaries.counties = counties.features;
  return boundaries;
}

/** The seat labels as the map ranks and names them. */
export function exportSeats(base: Pick<BaseBoundaries, 'provinces' | 'prefectures' | 'seats'>): ExportSeat[] {
  return seatPlaces(base);
}
