// Fetches the boundary TopoJSON files (relative to the document, so the build works from any
// sub-path) and decodes them into typed GeoJSON. The county file is only fetched on demand.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Lang, NeighbourProperties, RiverProperties, UnitProperties } from '../types';
import { parseLayerSummaries, type PublishedLayerSummary } from './published-layers';
import { dataURL, fetchData } from './first-data';

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;
export type UnitCollection = FeatureCollection<Polygon | MultiPolygon, UnitProperties>;

export interface SeatProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export interface BaseBoundaries {
  provinces: UnitCollection;
  prefectures: UnitCollection;
  neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;
  rivers: FeatureCollection<LineString | MultiLineString, RiverProperties>;
  seats: FeatureCollection<Point, SeatProperties>;
}

export interface Manifest {
  attribution: Record<Lang, string>;
  /** the box the default view frames (the planning area); absent in older data: the provinces */
  frameSubject?: [number, number, number, number];
  /** human-readable sources for the exports' footer (older builds lack them) */
  sources?: { boundaries: Record<Lang, string>; projects: Record<Lang, string> };
  /** day the project facts were last checked, or null when unknown */
  factsChecked: string | null;
  /** the deployer's optional tile basemap (set at build time); absent: no tiles */
  basemap?: TileBasemap;
  /** the site's published layers (data/layers/): titles and sources; their features are in layers.json */
  layers: PublishedLayerSummary[];
}

export interface TileBasemap {
  /** Leaflet URL template ({z}/{x}/{y}, {s}) */
  url: string;
  attribution: string;
  /** one character per subdomain */
  subdomains: string;
}

function isTileBasemap(value: unknown): value is TileBasemap {
  if (typeof value !== 'object' || value === null) return false;
  const { url, attribution, subdomains } = value as Record<string, unknown>;
  return typeof url === 'string' && /\{z\}/.test(url) && typeof attribution === 'string' && attribution !== '' && typeof subdomains === 'string';
}

function isBilingual(value: unknown): value is Record<Lang, string> {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).zh === 'string' && typeof (value as Record<string, unknown>).en === 'string';
}

function isBBox(value: unknown): value is [number, number, number, number] {
  return Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === 'number' && Number.isFinite(v)) && value[0] < value[2] && value[1] < value[3];
}

export { dataURL };

async function fetchJSON(file: string): Promise<unknown> {
  const response = await fetchData(file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

function decode<G extends Geometry, P>(topology: Topology, name: string, file: string): FeatureCollection<G, P> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`${file} has no "${name}" collection`);
  return feature(topology, object as GeometryCollection) as unknown as FeatureCollection<G, P>;
}

function asTopology(value: unknown, file: string): Topology {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'Topology') {
    throw new Error(`${file} is not TopoJSON`);
  }
  return value as Topology;
}

export async function loadBaseBoundaries(): Promise<BaseBoundaries> {
  const file = 'boundaries-base.json';
  const topology = asTopology(await fetchJSON(file), file);
  return {
    provinces: decode(topology, 'provinces', file),
    prefectures: decode(topology, 'prefectures', file),
    neighbours: decode(topology, 'neighbours', file),
    rivers: decode(topology, 'rivers', file),
    seats: decode(topology, 'seats', file),
  };
}

let countiesPromise: Promise<UnitCollection> | null = null;

/** Shared by the map and the export, so the file is fetched once; a failure is not kept, so a later call retries. */
export function loadCountyBoundaries(): Promise<UnitCollection> {
  const file = 'boundaries-counties.json';
  countiesPromise ??= fetchJSON(file)
    .then((value) => decode<Polygon | MultiPolygon, UnitProperties>(asTopology(value, file), 'counties', file))
    .catch((error: unknown) => {
      countiesPromise = null;
      throw error;
    });
  return countiesPromise;
}

export async function loadManifest(): Promise<Manifest> {
  const manifest = (await fetchJSON('manifest.json')) as { attribution?: unknown; sources?: { boundaries?: unknown; projects?: unknown }; facts_checked?: unknown; frame?: { subject?: unknown }; basemap?: unknown; layers?: unknown };
  const attribution = manifest.attribution;
  if (!isBilingual(attribution)) {
    throw new Error('manifest.json has no zh/en attribution');
  }
  const { boundaries, projects } = manifest.sources ?? {};
  const checked = typeof manifest.facts_checked === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(manifest.facts_checked) ? manifest.facts_checked : null;
  const subject = manifest.frame?.subject;
  if (subject !== undefined && !isBBox(subject)) throw new Error('manifest.json: frame.subject is not a [west, south, east, north] box');
  const { basemap } = manifest;
  if (basemap !== undefined && !isTileBasemap(basemap)) throw new Error('manifest.json: basemap needs a tile URL template with {z}, an attribution and subdomains');
  return {
    attribution,
    factsChecked: checked,
    layers: parseLayerSummaries(manifest.layers),
    ...(isBilingual(boundaries) && isBilingual(projects) ? { sources: { boundaries, projects } } : {}),
    ...(subject ? { frameSubject: subject } : {}),
    ...(basemap ? { basemap: { url: basemap.url, attribution: basemap.attribution, subdomains: basemap.subdomains } } : {}),
  };
}
