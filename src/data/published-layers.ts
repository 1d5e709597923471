// Published layers: the deployer's own data built into the site from data/layers/ by the data build
// (data/build/published-layers.ts writes layers.json; the manifest lists their titles and sources).
// Read here, checked, and turned into layers the user-data views already draw, list and search, with
// their title in the reader's language, their source and the precision of each position.
import type { Feature, Geometry } from 'geojson';
import type { Lang, Precision } from '../types';
import { PRECISIONS } from '../types';

export interface PublishedSource {
  name: string;
  /** http(s) address of the source */
  url: string;
  /** YYYY-MM-DD: the day the source was last checked */
  checked: string;
}

/** What the manifest says of each published layer: enough for the source lines without the features. */
export interface PublishedLayerSummary {
  id: string;
  title: Record<Lang, string>;
  source: PublishedSource;
}

/** One feature: its properties as in the file, and how far to trust its position. */
export interface PublishedFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry;
  properties: Record<string, unknown>;
  precision: Precision;
}

export interface PublishedLayer extends PublishedLayerSummary {
  /** #rrggbb */
  colour: string;
  symbol: 'circle';
  /** the layer's default precision (features placed by a place name carry their own) */
  precision: Precision;
  /** the property that names each feature */
  nameColumn: string;
  features: PublishedFeature[];
}

/** What a published layer keeps on its UserLayer: the views show it beside the layer's features. */
export interface PublishedInfo {
  title: Record<Lang, string>;
  source: PublishedSource;
  precision: Precision;
}

export const LAYERS_FILE = 'layers.json';

async function fetchLayers(): Promise<unknown> {
  const response = await fetch(new URL(`data/${LAYERS_FILE}`, document.baseURI).href);
  if (!response.ok) throw new Error(`${LAYERS_FILE}: HTTP ${response.status}`);
  return response.json();
}

/** Fetches and checks layers.json; only called when the manifest lists published layers. */
export async function loadPublishedLayers(): Promise<PublishedLayer[]> {
  return parsePublishedLayers(await fetchLayers());
}
/** Published layers' ids in the app, apart from the planner's own (which are never prefixed). */
export const PUBLISHED_ID_PREFIX = 'published-';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isSummary(value: unknown): value is PublishedLayerSummary {
  if (!isRecord(value) || !isText(value.id) || !isRecord(value.title) || !isRecord(value.source)) return false;
  const { title, source } = value;
  return isText(title.zh) && isText(title.en) && isText(source.name) && /^https?:\/\//.test(String(source.url)) && /^\d{4}-\d{2}-\d{2}$/.test(String(source.checked));
}

/** The manifest's `layers`, or [] when absent (a build without published layers). Throws on a malformed list. */
export function parseLayerSummaries(value: unknown): PublishedLayerSummary[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isSummary)) throw new Error('manifest.json: layers is not a list of published layers with titles and sources');
  return value.map(({ id, title, source }) => ({ id, title: { zh: title.zh, en: title.en }, source: { name: source.name, url: source.url, checked: source.checked } }));
}

function isPrecision(value: unknown): value is Precision {
  return (PRECISIONS as readonly unknown[]).includes(value);
}

/** layers.json checked: every layer a summary with a colour, a precision, a name column and features with geometry. */
export function parsePublishedLayers(value: unknown): PublishedLayer[] {
  const layers = isRecord(value) ? value.layers : undefined;
  if (!Array.isArray(layers)) throw new Error(`${LAYERS_FILE} has no list of layers`);
  return layers.map((layer: unknown, index) => {
    const where = `${LAYERS_FILE}: layer ${index + 1}`;
    if (!isSummary(layer)) throw new Error(`${where} has no id, title or source`);
    const { colour, precision, nameColumn, features } = layer as unknown as Record<string, unknown>;
    if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/.test(colour)) throw new Error(`${where} (${layer.id}) has no #rrggbb colour`);
    if (!isPrecision(precision) || !isText(nameColumn) || !Array.isArray(features)) throw new Error(`${where} (${layer.id}) has no precision, name column or features`);
    const checked = features.map((feature: unknown, n) => {
      if (!isRecord(feature) || !isRecord(feature.geometry) || !isRecord(feature.properties) || !isPrecision(feature.precision)) throw new Error(`${where} (${layer.id}): feature ${n + 1} has no geometry, properties or precision`);
      return feature as unknown as PublishedFeature;
    });
    return { ...layer, colour, symbol: 'circle', precision, nameColumn, features: checked };
  });
}

/** A feature's own precision when it is a published one (placed by a place name, or the layer's default). */
export function publishedPrecision(feature: Feature): Precision | undefined {
  const precision = (feature as Feature & { precision?: unknown }).precision;
  return isPrecision(precision) ? precision : undefined;
}
