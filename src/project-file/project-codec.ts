// The one-file project: the planner's imported layers (data, colour, sizing, name column, filter) and
// the page's state (view, filters, questions, choropleth: the permalink's query string) as one JSON
// file, with the table the choropleth is coloured from (a table joined to the units stays in the
// browser like the layers, and the query string only names it), so "Open project" in another
// browser gives the same map. Pure: no DOM, no storage.
// A file that is not JSON, not a project, from a newer version or with a malformed field is refused
// whole with a problem naming the field; nothing is half-read.
import type { Feature } from 'geojson';
import type { UserLayer } from '../import/layer-store.ts';
import type { LayerFilter } from '../user-data/layer-filter.ts';
import type { StoredTable } from '../choropleth/table-store.ts';
import { FieldProblem, isRecord, optionalText, text } from './project-fields.ts';
import { decodeTable } from './project-table-codec.ts';

/** Written into every file; a JSON file without it is someone else's. */
export const PROJECT_FORMAT = 'chengyu-map-project';
/** Raised when the file's meaning changes; a file with a higher number is refused, not guessed at. */
export const PROJECT_VERSION = 1;

export interface ProjectLayer {
  name: string;
  colour: string;
  visible: boolean;
  createdAt: string;
  features: Feature[];
  sizeBy?: string;
  nameColumn?: string;
  filter?: LayerFilter;
}

export interface Project {
  /** ISO 8601 time of saving */
  savedAt: string;
  /** the permalink's query string (with its "?", or empty): view, filters, questions, choropleth */
  search: string;
  /** the planner's layers, oldest first; the site's published layers are not saved (the site brings them) */
  layers: ProjectLayer[];
  /** the joined tables the state's choropleth (ch=) names, under their ids; [] when none */
  tables: StoredTable[];
}

export type ProjectProblemCode = 'not-json' | 'not-a-project' | 'version-newer' | 'version-invalid' | 'field';

/** Why a file was refused; `field` is a path such as layers[1].colour. */
export interface ProjectProblem {
  code: ProjectProblemCode;
  field?: string;
  version?: number;
}

export type DecodeResult = { ok: true; project: Project } | { ok: false; problem: ProjectProblem };

const COLOUR = /^#[0-9a-f]{6}$/i;
const FILTER_KINDS = new Set(['value', 'range', 'text']);
const MAX_NAME_LENGTH = 200;

/** The planner's own layers (published ones left out) with their filters, and the page's state. */
export function projectFromLayers(layers: readonly UserLayer[], filterOf: (id: string) => LayerFilter | undefined, search: string, savedAt: Date, tables: readonly StoredTable[] = []): Project {
  return {
    savedAt: savedAt.toISOString(),
    search,
    tables: [...tables],
    layers: layers
      .filter((layer) => !layer.published)
      .map((layer) => {
        const filter = filterOf(layer.id);
        return {
          name: layer.name,
          colour: layer.colour,
          visible: layer.visible,
          createdAt: layer.createdAt,
          features: layer.features,
          ...(layer.sizeBy === undefined ? {} : { sizeBy: layer.sizeBy }),
          ...(layer.nameColumn === undefined ? {} : { nameColumn: layer.nameColumn }),
          ...(filter === undefined ? {} : { filter }),
        };
      }),
  };
}

export function encodeProject(project: Project): string {
  return JSON.stringify({ format: PROJECT_FORMAT, version: PROJECT_VERSION, ...project });
}

function decodeFilter(value: unknown, path: string): LayerFilter | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || typeof value.kind !== 'string' || !FILTER_KINDS.has(value.kind)) throw new FieldProblem(path);
  const field = text(value, 'field', path);
  if (value.kind === 'value') return { kind: 'value', field, value: text(value, 'value', path) };
  if (value.kind === 'text') return { kind: 'text', field, contains: text(value, 'contains', path) };
  const bound = (key: 'min' | 'max') => {
    const n = value[key];
    if (n === undefined) return {};
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new FieldProblem(`${path}.${key}`);
    return { [key]: n };
  };
  return { kind: 'range', field, ...bound('min'), ...bound('max') };
}

function decodeFeatures(value: unknown, path: string): Feature[] {
  if (!Array.isArray(value) || value.length === 0) throw new FieldProblem(path);
  value.forEach((feature: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') throw new FieldProblem(at);
    if (feature.geometry !== null && !(isRecord(feature.geometry) && typeof feature.geometry.type === 'string')) throw new FieldProblem(`${at}.geometry`);
    if (feature.properties !== null && feature.properties !== undefined && !isRecord(feature.properties)) throw new FieldProblem(`${at}.properties`);
  });
  return value as Feature[];
}

function decodeLayer(value: unknown, i: number): ProjectLayer {
  const path = `layers[${i}]`;
  if (!isRecord(value)) throw new FieldProblem(path);
  const name = text(value, 'name', path).trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) throw new FieldProblem(`${path}.name`);
  const colour = text(value, 'colour', path);
  if (!COLOUR.test(colour)) throw new FieldProblem(`${path}.colour`);
  if (typeof value.visible !== 'boolean') throw new FieldProblem(`${path}.visible`);
  const createdAt = text(value, 'createdAt', path);
  if (Number.isNaN(Date.parse(createdAt))) throw new FieldProblem(`${path}.createdAt`);
  const sizeBy = optionalText(value, 'sizeBy', path);
  const nameColumn = optionalText(value, 'nameColumn', path);
  const filter = decodeFilter(value.filter, `${path}.filter`);
  return {
    name,
    colour: colour.toLowerCase(),
    visible: value.visible,
    createdAt,
    features: decodeFeatures(value.features, `${path}.features`),
    ...(sizeBy === undefined ? {} : { sizeBy }),
    ...(nameColumn === undefined ? {} : { nameColumn }),
    ...(filter === undefined ? {} : { filter }),
  };
}

export function decodeProject(raw: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(parsed) || parsed.format !== PROJECT_FORMAT) return { ok: false, problem: { code: 'not-a-project' } };
  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { code: 'version-invalid', field: 'version' } };
  if (version > PROJECT_VERSION) return { ok: false, problem: { code: 'version-newer', version } };
  try {
    const savedAt = text(parsed, 'savedAt', 'project');
    const search = text(parsed, 'search', 'project');
    if (search !== '' && !search.startsWith('?')) throw new FieldProblem('search');
    if (!Array.isArray(parsed.layers)) throw new FieldProblem('layers');
    // files written before tables were saved have none
    if (parsed.tables !== undefined && !Array.isArray(parsed.tables)) throw new FieldProblem('tables');
    const tables = (parsed.tables ?? []) as unknown[];
    return { ok: true, project: { savedAt, search, layers: parsed.layers.map(decodeLayer), tables: tables.map(decodeTable) } };
  } catch (error) {
    if (error instanceof FieldProblem) return { ok: false, problem: { code: 'field', field: error.field.replace(/^project\./, '') } };
    throw error;
  }
}

/**
 * The opened project's layers as layers of this browser, with fresh ids from `newId` (ids are this
 * browser's keys, not the file's), and each layer's filter keyed by its new id; with `openedAt`,
 * stamped as added then.
 */
export function layersFromProject(project: Project, newId: () => string, openedAt?: Date): { layers: UserLayer[]; filters: Map<string, LayerFilter> } {
  const filters = new Map<string, LayerFilter>();
  const layers = project.layers.map(({ filter, ...layer }, i) => {
    const id = newId();
    if (filter) filters.set(id, filter);
    // Opened beside the reader's own layers: stamped with the opening time (a millisecond apart, in
    // the file's order), so they come after the reader's layers in the list, now and after a reload.
    const createdAt = openedAt === undefined ? layer.createdAt : new Date(openedAt.getTime() + i).toISOString();
    return { id, ...layer, createdAt };
  });
  return { layers, filters };
}
