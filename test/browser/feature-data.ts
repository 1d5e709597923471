// The served features, read straight from the data file so tests compare the app against the data
// rather than against values the app itself produced.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProjectProperties } from '../../src/types';

const file = fileURLToPath(new URL('../../public/data/features.json', import.meta.url));
const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: ProjectProperties }[] };

export const allFeatureProperties: ProjectProperties[] = collection.features.map((feature) => feature.properties);

export function featureProperties(id: string): ProjectProperties {
  const found = allFeatureProperties.find((p) => p.id === id);
  if (!found) throw new Error(`no feature ${id} in features.json`);
  return found;
}

/** How many served features `keep` accepts: the count a filter should show, from the data file. */
export const countFeatures = (keep: (row: ProjectProperties) => boolean): number => allFeatureProperties.filter(keep).length;
