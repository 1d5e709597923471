// public/data/manifest.json: sizes of the served data files and the attribution line the app shows.
import { gzipSync } from 'node:zlib';
import type { BasemapSetting } from '../../scripts/basemap-setting.mjs';
import type { PublishedLayerSummary } from '../../src/data/published-layers.ts';

export interface FileSize {
  bytes: number;
  gzip_bytes: number;
}

/** [west, south, east, north] in degrees */
export type BBox = [number, number, number, number];

export interface Manifest {
  generated: string;
  files: Record<string, FileSize>;
  attribution: { zh: string; en: string };
  /** who made the data, in words a reader understands (no repository paths); the exports' source line */
  sources: { boundaries: { zh: string; en: string }; projects: { zh: string; en: string } };
  /** the day the project facts were last checked (last recorded change to data/facts/), or null when unknown */
  facts_checked: string | null;
  /** what the default view frames: the planning area's extent (src/cartography/framing.ts) */
  frame?: { subject: BBox };
  /** the deployer's tile basemap (VITE_BASEMAP_URL at build time); absent: no tiles, nothing from another origin */
  basemap?: BasemapSetting;
  /** the deployer's published layers (data/layers/, in layers.json): titles and sources for the source lines */
  layers?: PublishedLayerSummary[];
}

/** Said once: the exports print it beside the sources, the app's attribution ends with it. */
export const DISCLAIMER = { zh: '边界仅为示意，非官方地图。', en: 'Boundaries are illustrative, not an official map.' } as const;

export const BOUNDARY_SOURCES = {
  zh: '行政区划：高德地图行政区数据（经 ECharts 地图包）；河流：Natural Earth。',
  en: 'Boundaries: AMap district data (via ECharts map packages); rivers: Natural Earth.',
} as const;

export const PROJECT_SOURCES = {
  zh: '项目：据政府文件与新闻报道整理，每个项目的出处见在线地图的详情。',
  en: 'Projects: compiled from government documents and news reports; each project\'s source is in its details on the online map.',
} as const;

export const ATTRIBUTION = {
  zh: `${BOUNDARY_SOURCES.zh}${DISCLAIMER.zh}`,
  en: `${BOUNDARY_SOURCES.en} ${DISCLAIMER.en}`,
} as const;

export function sizeOf(content: string | Uint8Array): FileSize {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  // level 9 approximates what a static host serves; the budget script measures the same way
  return { bytes, gzip_bytes: gzipSync(content, { level: 9 }).byteLength };
}

export function buildManifest(
  files: Record<string, FileSize>, generated: Date, factsChecked: string | null = null, subject?: BBox, basemap?: BasemapSetting | null, layers?: readonly PublishedLayerSummary[],
): Manifest {
  const manifest: Manifest = {
    generated: generated.toISOString().slice(0, 10),
    files,
    attribution: { ...ATTRIBUTION },
    sources: { boundaries: { ...BOUNDARY_SOURCES }, projects: { ...PROJECT_SOURCES } },
    facts_checked: factsChecked,
  };
  if (subject) manifest.frame = { subject };
  if (basemap) manifest.basemap = basemap;
  if (layers && layers.length > 0) manifest.layers = [...layers];
  return manifest;
}

interface GeometryLike {
  type: string;
  coordinates?: unknown;
}

/** The box of the planning-area feature's geometry (5 decimals), or undefined when it has none. */
export function planningAreaBBox(features: readonly { properties: { subtype?: string }; geometry: GeometryLike | null }[]): BBox | undefined {
  const geometry = features.find((f) => f.properties.subtype === 'planning_area')?.geometry;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      box[0] = Math.min(box[0], value[0]);
      box[1] = Math.min(box[1], value[1]);
      box[2] = Math.max(box[2], value[0]);
      box[3] = Math.max(box[3], value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  visit(geometry.coordinates);
  if (!Number.isFinite(box[0])) return undefined;
  return box.map((v) => Math.round(v * 1e5) / 1e5) as BBox;
}

export function formatSize(name: string, size: FileSize): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return `${name.padEnd(28)} ${kb(size.bytes).padStart(10)}  gzip ${kb(size.gzip_bytes).padStart(9)}`;
}
