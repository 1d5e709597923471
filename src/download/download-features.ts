// The two download buttons' actions: the current set as CSV or GeoJSON, named with the date so
// repeated downloads do not overwrite each other.
import type { Lang, ProjectFeature } from '../types.ts';
import { toCSV } from './csv.ts';
import { toGeoJSON } from './geojson.ts';
import { CSV_MIME, GEOJSON_MIME, triggerDownload } from './trigger-download.ts';

/** e.g. "chengyu-projects-2025-03-07.csv", using the local calendar date. */
export function downloadFilename(extension: 'csv' | 'geojson', date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `chengyu-projects-${day}.${extension}`;
}

export function downloadCSV(features: readonly ProjectFeature[], lang: Lang, now: Date = new Date()): void {
  triggerDownload(downloadFilename('csv', now), new Blob([toCSV(features, lang)], { type: CSV_MIME }));
}

export function downloadGeoJSON(features: readonly ProjectFeature[], lang: Lang, now: Date = new Date()): void {
  triggerDownload(downloadFilename('geojson', now), new Blob([toGeoJSON(features, lang)], { type: GEOJSON_MIME }));
}
