// The shipped division list as the join sees it: the boundary sources in data/geo with the English
// names of data/names-en.csv.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Division } from '../../src/join/division-index.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function englishNames(): Map<string, string> {
  const lines = readFileSync(root('data/names-en.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => {
    const [adcode = '', , ...rest] = line.split(',');
    return [adcode, rest.join(',').replace(/^"|"$/g, '')];
  }));
}

function divisions(file: string): Division[] {
  const english = englishNames();
  const collection = JSON.parse(readFileSync(root(`data/geo/${file}`), 'utf8')) as { features: { properties: { adcode: string; name: string; parent: string | null } }[] };
  return collection.features.map(({ properties: p }) => ({ adcode: p.adcode, name_zh: p.name, name_en: english.get(p.adcode) ?? '', parent: p.parent }));
}

export const counties = (): Division[] => divisions('sc-cq-counties.geojson');
export const prefectures = (): Division[] => divisions('sc-cq-prefectures.geojson');
