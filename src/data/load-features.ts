// Fetches the project features (data/features.json, relative to the document so the build works
// from any sub-path) and checks the top-level shape before anything draws them. The build validated
// every record; this guards against a wrong or truncated file being served.
import type { ProjectCollection, ProjectFeature } from '../types';
import { fetchData } from './first-data';

const FILE = 'features.json';

/** The collection with every feature's id checked to be a string. */
export type LoadedFeatures = ProjectCollection & { features: ProjectFeature[] };

function isFeature(value: unknown): value is ProjectFeature {
  if (typeof value !== 'object' || value === null) return false;
  const feature = value as { type?: unknown; id?: unknown; geometry?: unknown; properties?: { id?: unknown; name_zh?: unknown; name_en?: unknown } | null };
  return (
    feature.type === 'Feature' &&
    typeof feature.id === 'string' &&
    typeof feature.geometry === 'object' &&
    feature.geometry !== null &&
    typeof feature.properties?.id === 'string' &&
    typeof feature.properties.name_zh === 'string' &&
    typeof feature.properties.name_en === 'string'
  );
}

/** The collection, or an error naming what is wrong with the file. */
export function asProjectCollection(value: unknown, file = FILE): LoadedFeatures {
  if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'FeatureCollection') {
    throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  }
  const features = (value as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${file} has no "features" array`);
  const bad = features.findIndex((feature) => !isFeature(feature));
  if (bad >= 0) throw new Error(`${file}: feature ${bad} has no id or names`);
  return value as LoadedFeatures;
}

export async function loadFeatures(): Promise<LoadedFeatures> {
  const response = await fetchData(FILE);
  if (!response.ok) throw new Error(`${FILE}: HTTP ${response.status}`);
  return asProjectCollection(await response.json());
}
