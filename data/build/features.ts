// The facts part of `npm run data`: reads data/facts/features.csv and zone-members.csv, validates
// every record (all problems at once), builds geometry and writes public/data/features.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import turfBbox from '@turf/bbox';
import { parseCsvTable } from '../../src/data/csv-records.ts';
import { validateFacts } from '../../src/data/validate-facts.ts';
import type { ProjectCollection } from '../../src/types.ts';
import { checkPlacement } from './check-placement.ts';
import { indexCounties, type CountyFeature } from './placement.ts';
import { assembleFeatures, planningAreaOf, zoneUnits } from './project-features.ts';
import { pinyinKeys } from './search-keys.ts';
import { unionUnits } from './zone-extents.ts';

export interface BuildFeaturesOptions {
  /** folder with features.csv and zone-members.csv */
  factsDir: string;
  /** folder with sc-cq-counties.geojson */
  geoDir: string;
  /** where features.json is written */
  outDir: string;
}

export interface PlanningAreaReport {
  officialKm2: number | null;
  /** union of the whole member units */
  wholeKm2: number;
  /** union including all of the partly included units */
  withPartialKm2: number;
}

export interface BuildFeaturesResult {
  outFile: string;
  count: number;
  bytes: number;
  gzipBytes: number;
  planningArea: PlanningAreaReport | null;
}

/** Thrown when the facts do not validate; `problems` lists every one as `file:line field: reason`. */
export class FactsValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the project facts:\n${problems.join('\n')}`);
    this.name = 'FactsValidationError';
  }
}

const roundBox = (b: number[]) => b.map((n) => Math.round(n * 1000) / 1000);

export async function buildFeatures(options: BuildFeaturesOptions): Promise<BuildFeaturesResult> {
  const factsPath = join(options.factsDir, 'features.csv');
  const membersPath = join(options.factsDir, 'zone-members.csv');
  const facts = parseCsvTable(readFileSync(factsPath, 'utf8'));
  const membersTable = parseCsvTable(readFileSync(membersPath, 'utf8'));
  const countiesJson = JSON.parse(readFileSync(join(options.geoDir, 'sc-cq-counties.geojson'), 'utf8')) as {
    features: CountyFeature[];
  };
  const knownUnits = new Map(countiesJson.features.map((c) => [c.properties.adcode, c.properties.name]));

  const { problems, rows, members } = validateFacts({
    factsFile: 'features.csv',
    factsHeader: facts.header,
    factsRecords: facts.records,
    membersFile: 'zone-members.csv',
    membersHeader: membersTable.header,
    membersRecords: membersTable.records,
    knownUnits,
  });
  if (problems.length > 0) throw new FactsValidationError(problems);

  const factRows = rows.map((r) => r.row);
  const index = indexCounties(countiesJson.features);
  const placementProblems = checkPlacement('features.csv', rows, new Set(members.map((m) => m.id)), index);
  if (placementProblems.length > 0) throw new FactsValidationError(placementProblems);
  const assembled = await assembleFeatures(factRows, members, index);
  const features = assembled.map((a) => a.feature);
  for (const { properties } of features) properties.search_keys = pinyinKeys([properties.name_zh, ...properties.aliases]);
  const partial_extents: NonNullable<ProjectCollection['partial_extents']> = {};
  for (const a of assembled) if (a.partialExtent) partial_extents[a.feature.id] = a.partialExtent;

  const collection: ProjectCollection = { type: 'FeatureCollection', features, partial_extents };
  collection.bbox = roundBox(turfBbox(collection)) as [number, number, number, number];

  mkdirSync(options.outDir, { recursive: true });
  const outFile = join(options.outDir, 'features.json');
  const text = JSON.stringify(collection);
  writeFileSync(outFile, text);
  return {
    outFile,
    count: features.length,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text, { level: 9 }).length,
    planningArea: await planningAreaReport(factRows, members, countiesJson.features, features),
  };
}

async function planningAreaReport(
  rows: ReturnType<typeof validateFacts>['rows'][number]['row'][],
  members: ReturnType<typeof validateFacts>['members'],
  counties: CountyFeature[],
  features: ProjectCollection['features'],
): Promise<PlanningAreaReport | null> {
  const row = rows.find((r) => r.subtype.trim() === 'planning_area');
  if (!row) return null;
  const units = zoneUnits(members, row.id.trim());
  const area = planningAreaOf(rows, members);
  const all = counties.filter((c) => area.whole.has(c.properties.adcode) || area.partial.has(c.properties.adcode));
  const feature = features.find((f) => f.properties.id === row.id.trim());
  return {
    officialKm2: feature?.properties.area_km2_official ?? null,
    wholeKm2: feature?.properties.area_km2_computed ?? 0,
    withPartialKm2: units.partial.length > 0 ? (await unionUnits(all, 2000)).areaKm2 : (feature?.properties.area_km2_computed ?? 0),
  };
}

export function formatReport(result: BuildFeaturesResult): string {
  const lines = [`features: ${result.count} written to ${result.outFile} (${result.bytes} bytes, ${result.gzipBytes} gzip)`];
  const p = result.planningArea;
  if (p) {
    const vs = (km2: number) => (p.officialKm2 ? ` (${(((km2 - p.officialKm2) / p.officialKm2) * 100).toFixed(1)}% vs official)` : '');
    lines.push(`planning area: official ${p.officialKm2 ?? 'unknown'} km²; whole member units ${p.wholeKm2} km²${vs(p.wholeKm2)}; with all of the partly included units ${p.withPartialKm2} km²${vs(p.withPartialKm2)}`);
  }
  return lines.join('\n');
}

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_FEATURES_OPTIONS: BuildFeaturesOptions = {
  factsDir: join(repoRoot, 'data/facts'),
  geoDir: join(repoRoot, 'data/geo'),
  outDir: join(repoRoot, 'public/data'),
};

// Run on its own with `npx tsx data/build/features.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildFeatures(DEFAULT_FEATURES_OPTIONS).then(
    (result) => console.log(formatReport(result)),
    (error: unknown) => {
      console.error(error instanceof FactsValidationError ? error.message : error);
      process.exit(1);
    },
  );
}
