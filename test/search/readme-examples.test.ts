// Every search example the README shows, typed against the real served data: the first suggestion
// must be the one the README names. Units are built as the search box builds them (selectable units
// with their former names), projects from features.json with their type and level words.
import { readFileSync } from 'node:fs';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { formerUnitNames } from '../../src/search/former-unit-names';
import { createEntry, groupHits, search, type SearchEntry } from '../../src/search/search-index';
import { featureEntry, typeEntries } from '../../src/search/type-entries';
import type { ProjectCollection, UnitProperties } from '../../src/types';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const features = (JSON.parse(read('public/data/features.json')) as ProjectCollection).features;

function units(file: string, object: string): UnitProperties[] {
  const topology = JSON.parse(read(`public/data/${file}`)) as Topology;
  const collection = topoFeature(topology, topology.objects[object] as never) as unknown as { features: { properties: UnitProperties }[] };
  return collection.features.map((f) => f.properties);
}
const unitList = [...units('boundaries-base.json', 'prefectures'), ...units('boundaries-counties.json', 'counties')];
const seen = new Set<string>();
const entries: SearchEntry[] = [
  ...features.map((f) => featureEntry(f.properties)),
  ...typeEntries(features),
  ...unitList
    .filter((u) => u.level !== 'province' && !seen.has(u.adcode) && seen.add(u.adcode))
    .map((u) => createEntry({ kind: 'unit', adcode: u.adcode }, { ...u, aliases: formerUnitNames(u.adcode) })),
];

/** The first suggestion as the box shows it (grouped order). */
function first(query: string, lang: 'zh' | 'en'): string {
  const hit = groupHits(search(entries, query, lang, 16))[0]?.hits[0];
  if (!hit) return '(nothing)';
  const kind = hit.entry.target.kind === 'type' ? ` (${hit.entry.target.field === 'level' ? 'level' : 'type'})` : '';
  return `${hit.entry.name_zh}${kind}`;
}

const readme = read('README.md');
const table = readme.slice(readme.indexOf('Examples (a test types each one'), readme.indexOf('- **Project details**'));
const examples = [...table.matchAll(/^\s*\| `([^`]+)` \| ([^|]+?) \|$/gm)].map((m) => ({ query: m[1] as string, expected: (m[2] as string).trim() }));

describe('the README search examples', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples.map((e) => e.query)).toContain('cdgxq');
  });

  it.each(examples)('"$query" suggests $expected first, in both languages', ({ query, expected }) => {
    expect(first(query, 'zh')).toBe(expected);
    expect(first(query, 'en')).toBe(expected);
  });

  it('narrows the list for the permalink example q=bonded and the README initials cdgxq', () => {
    expect(readme).toContain('`q=bonded`');
    const bonded = features.filter((f) => search([featureEntry(f.properties)], 'bonded', 'en').length > 0);
    expect(bonded.map((f) => f.properties.subtype)).toEqual(bonded.map(() => 'comprehensive_bonded_zone'));
    expect(bonded.length).toBeGreaterThanOrEqual(13);
  });
});
