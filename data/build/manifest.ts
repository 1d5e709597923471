// public/data/manifest.json: sizes of the served data files and the attribution line the app shows.
import { gzipSync } from 'node:zlib';

export interface FileSize {
  bytes: number;
  gzip_bytes: number;
}

export interface Manifest {
  generated: string;
  files: Record<string, FileSize>;
  attribution: { zh: string; en: string };
}

export const ATTRIBUTION = {
  zh: '行政区划：高德地图行政区数据（经 ECharts 地图包）；河流：Natural Earth。边界仅为示意，非官方地图。',
  en: 'Boundaries: AMap district data (via ECharts map packages); rivers: Natural Earth. Boundaries are illustrative, not an official map.',
} as const;

export function sizeOf(content: string | Uint8Array): FileSize {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  // level 9 approximates what a static host serves; the budget script measures the same way
  return { bytes, gzip_bytes: gzipSync(content, { level: 9 }).byteLength };
}

export function buildManifest(files: Record<string, FileSize>, generated: Date): Manifest {
  return { generated: generated.toISOString().slice(0, 10), files, attribution: { ...ATTRIBUTION } };
}

export function formatSize(name: string, size: FileSize): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return `${name.padEnd(28)} ${kb(size.bytes).padStart(10)}  gzip ${kb(size.gzip_bytes).padStart(9)}`;
}
