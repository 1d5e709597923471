// Published layers: a data file (GeoJSON, CSV or XLSX) in data/layers/ with its sidecar
// (<id>.layer.json, layer-sidecar.ts) becomes public/data/layers.json, read by the app and the embed
// like the built-in data. The file is read by the app's own importer (src/import), so the formats,
// the column recognition, the placing of rows by place name and the messages are those a planner
// gets in My data. Anything wrong stops the build with every problem listed, each naming the file
// (and the row and field where there is one).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import { indexDivisions, type DivisionList } from '../../src/import/divisions.ts';
import type { Problem } from '../../src/import/problems.ts';
import { checkSidecar, DATA_EXTENSIONS, SIDECAR_SUFFIX, type LayerSidecar, type PublishedPrecision } from './layer-sidecar.ts';
import { LAYERS_FILE, type PublishedFeature, type PublishedLayer, type PublishedLayerSummary } from '../../src/data/published-layers.ts';

export { LAYERS_FILE };
export type { PublishedLayerSummary };
import { sizeOf, type FileSize } from './manifest.ts';

/** problems listed per layer before "and N more" */
const SHOWN_PROBLEMS = 20;

export class PublishedLayerError extends Error {
  constructor(readonly problems: string[]) {
    super(`published layers: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} (layers.json not written):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PublishedLayerError';
  }
}

export interface PublishedLayersOptions {
  layersDir: string;
  outDir: string;
  /** the division list (divisions.json) rows without coordinates are placed by */
  divisions: DivisionList;
  /** YYYY-MM-DD: a source cannot have been checked after it */
  today: string;
  /** progress lines (console.log in the build) */
  log?: (line: string) => void;
}

export interface PublishedLayersBuilt {
  size: FileSize;
  layers: PublishedLayerSummary[];
}

/** A row placed at a division's seat is as precise as that seat: a county seat, or a prefecture's (approximate). */
function featurePrecision(feature: Feature, fallback: PublishedPrecision): PublishedPrecision {
  const placed = (feature as Feature & { placedAt?: { precision?: string } }).placedAt;
  if (placed?.precision === 'county') return 'city';
  if (placed?.precision === 'city') return 'approximate';
  return fallback;
}

function dataFileOf(sidecar: LayerSidecar, names: readonly string[]): string | undefined {
  if (sidecar.file) return names.includes(sidecar.file) ? sidecar.file : undefined;
  return DATA_EXTENSIONS.map((ext) => `${sidecar.id}${ext}`).find((name) => names.includes(name));
}

function columnsOf(features: readonly Feature[]): string[] {
  const columns = new Set<string>();
  for (const feature of features) for (const key of Object.keys(feature.properties ?? {})) columns.add(key);
  return [...columns];
}

/** The importer's sentence, with the column it concerns when the sentence does not name it. */
function withField(problem: Problem): string {
  const { message, field } = problem;
  return field === undefined || message.includes(`"${field}"`) ? message : `${message} (column "${field}")`;
}

function capped(problems: readonly string[]): string[] {
  return problems.length <= SHOWN_PROBLEMS ? [...problems] : [...problems.slice(0, SHOWN_PROBLEMS), `… and ${problems.length - SHOWN_PROBLEMS} more`];
}

async function buildLayer(sidecarName: string, options: PublishedLayersOptions, names: readonly string[], index: ReturnType<typeof indexDivisions>): Promise<PublishedLayer | string[]> {
  const path = join(options.layersDir, sidecarName);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [`${sidecarName}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`];
  }
  const check = checkSidecar(sidecarName, parsed, options.today);
  if (!check.ok) return check.problems;
  const { sidecar } = check;
  const dataFile = dataFileOf(sidecar, names);
  if (!dataFile) {
    const wanted = sidecar.file ?? DATA_EXTENSIONS.map((ext) => `${sidecar.id}${ext}`).join(' or ');
    return [`${sidecarName}: its data file ${wanted} is not in the layers folder`];
  }
  const bytes = readFileSync(join(options.layersDir, dataFile));
  const result = await importAnyFile({ name: dataFile, bytes: new Uint8Array(bytes) }, { divisions: index, ...(sidecar.sheet ? { sheet: sidecar.sheet } : {}) });
  if (result.errors.length > 0 || !result.layer) return capped(result.errors.map(withField));
  const features = result.layer.features;
  const columns = columnsOf(features);
  if (!columns.includes(sidecar.name)) {
    return [`${sidecarName}: "name" names the column "${sidecar.name}", which is not in ${dataFile} (its columns: ${columns.join(', ') || 'none'})`];
  }
  for (const warning of result.warnings.slice(0, SHOWN_PROBLEMS)) options.log?.(`  note: ${warning.message}`);
  return {
    id: sidecar.id,
    title: sidecar.title,
    colour: sidecar.style.colour,
    symbol: sidecar.style.symbol,
    source: sidecar.source,
    precision: sidecar.precision,
    nameColumn: sidecar.name,
    features: features.flatMap((feature): PublishedFeature[] =>
      feature.geometry
        ? [{ type: 'Feature', ...(feature.id === undefined ? {} : { id: feature.id }), geometry: feature.geometry, properties: { ...(feature.properties ?? {}) }, precision: featurePrecision(feature, sidecar.precision) }]
        : [],
    ),
  };
}

/**
 * Reads every sidecar in `layersDir` with its data file and writes layers.json into `outDir`.
 * Null when the folder holds no layer (nothing written). Throws PublishedLayerError listing every
 * problem of every layer; a data file without a sidecar is one too (its source would be unknown).
 */
export async function buildPublishedLayers(options: PublishedLayersOptions): Promise<PublishedLayersBuilt | null> {
  if (!existsSync(options.layersDir)) return null;
  const names = readdirSync(options.layersDir).sort();
  const sidecars = names.filter((name) => name.endsWith(SIDECAR_SUFFIX));
  const problems: string[] = [];
  const index = indexDivisions(options.divisions);
  const layers: PublishedLayer[] = [];
  for (const sidecarName of sidecars) {
    const built = await buildLayer(sidecarName, options, names, index);
    if (Array.isArray(built)) problems.push(...built);
    else {
      layers.push(built);
      options.log?.(`published layer ${built.id}: ${built.features.length} features (${built.title.zh} / ${built.title.en})`);
    }
  }
  for (const name of names) {
    if (name.endsWith(SIDECAR_SUFFIX) || !DATA_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) continue;
    const owned = sidecars.some((sidecar) => {
      const id = sidecar.slice(0, -SIDECAR_SUFFIX.length);
      return name.startsWith(`${id}.`) || readSidecarFile(join(options.layersDir, sidecar)) === name;
    });
    if (!owned) problems.push(`${name}: has no sidecar (write ${name.replace(/\.[^.]+$/, '')}${SIDECAR_SUFFIX} with its title, style, source, precision and name column)`);
  }
  if (problems.length > 0) throw new PublishedLayerError(problems);
  if (layers.length === 0) return null;
  const text = JSON.stringify({ layers });
  writeFileSync(join(options.outDir, LAYERS_FILE), text);
  return { size: sizeOf(text), layers: layers.map(({ id, title, source }) => ({ id, title, source })) };
}

/** The "file" a sidecar names, when it can be read (a broken sidecar is reported by buildLayer). */
function readSidecarFile(path: string): string | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { file?: unknown };
    return typeof value.file === 'string' ? value.file : undefined;
  } catch {
    return undefined;
  }
}
