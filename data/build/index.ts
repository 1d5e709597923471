// `npm run data`: builds everything in public/data from data/ (see data/SOURCES.md).
//   npm run data -- --boundaries FILE.geojson   rebuild boundaries from a replacement county file
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBoundaries } from './boundaries.ts';
import { buildFeatures, formatReport } from './features.ts';
import { buildLocator } from './locator.ts';
import { buildMajorProjects, MAJOR_PROJECTS_FILE } from './major-projects.ts';
import { buildManifest, formatSize, planningAreaBBox, type FileSize } from './manifest.ts';
import { basemapFromEnv } from '../../scripts/basemap-setting.mjs';
import { factsCheckedDate } from './facts-checked.ts';
import { buildPublishedLayers, LAYERS_FILE } from './published-layers.ts';
import type { DivisionList } from '../../src/import/divisions.ts';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(dataDir, '..');

export interface CliOptions {
  boundariesFile?: string;
  outDir: string;
  /** the published layers' folder (README: Publishing your own layers) */
  layersDir: string;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { outDir: join(repoDir, 'public', 'data'), layersDir: join(dataDir, 'layers') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--boundaries' || arg === '--out' || arg === '--layers') && (value === undefined || value.startsWith('--'))) {
      throw new Error(`${arg} needs a value`);
    }
    if (arg === '--boundaries') options.boundariesFile = resolve(value as string);
    else if (arg === '--out') options.outDir = resolve(value as string);
    else if (arg === '--layers') options.layersDir = resolve(value as string);
    else throw new Error(`unknown argument "${arg}" (expected --boundaries FILE.geojson, --out DIR or --layers DIR)`);
    i++;
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // the optional tile basemap is the deployer's build-time setting (README: Optional tile basemap); a wrong one stops here
  const basemap = basemapFromEnv(process.env);
  const files: Record<string, FileSize> = {};
  Object.assign(
    files,
    await buildBoundaries({
      geoDir: join(dataDir, 'geo'),
      namesCsv: join(dataDir, 'names-en.csv'),
      outDir: options.outDir,
      ...(options.boundariesFile ? { boundariesFile: options.boundariesFile } : {}),
    }),
  );
  files['locator.json'] = buildLocator(options.outDir);
  const facts = await buildFeatures({ factsDir: join(dataDir, 'facts'), geoDir: join(dataDir, 'geo'), outDir: options.outDir });
  files['features.json'] = { bytes: facts.bytes, gzip_bytes: facts.gzipBytes };
  files[MAJOR_PROJECTS_FILE] = buildMajorProjects(join(dataDir, 'facts'), options.outDir);
  console.log(formatReport(facts));
  // the deployer's own layers (data/layers/, or --layers DIR); a broken one stops the build with its problems
  const divisions = JSON.parse(readFileSync(join(options.outDir, 'divisions.json'), 'utf8')) as DivisionList;
  rmSync(join(options.outDir, LAYERS_FILE), { force: true });
  const published = await buildPublishedLayers({ layersDir: options.layersDir, outDir: options.outDir, divisions, today: new Date().toISOString().slice(0, 10), log: console.log });
  if (published) files[LAYERS_FILE] = published.size;
  // the default view frames the planning area: its box travels in the manifest the map reads first
  const written = JSON.parse(readFileSync(join(options.outDir, 'features.json'), 'utf8')) as { features: Parameters<typeof planningAreaBBox>[0] };
  const manifest = buildManifest(files, new Date(), factsCheckedDate(join(dataDir, 'facts')), planningAreaBBox(written.features), basemap, published?.layers);
  writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const [name, size] of Object.entries(files)) console.log(formatSize(name, size));
  console.log(`data built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Run only when executed (tests import parseArgs without building).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
