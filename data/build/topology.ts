// Writes layers as TopoJSON with shared borders, via mapshaper's programmatic API.
// Each layer becomes a named object; layers in one call share arcs, so a border between two
// units (or between a prefecture and its province outline) is stored once and simplified once.
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';

export interface TopologyOptions {
  /** simplification tolerance in metres (mapshaper -simplify interval=) */
  simplifyMetres: number;
  /** TopoJSON quantization (grid cells across the extent) */
  quantization: number;
}

/** Layers in insertion order; object names in the TopoJSON are the keys. */
export type NamedLayers = Record<string, FeatureCollection>;

function asText(content: string | Uint8Array | undefined, what: string): string {
  if (content === undefined) throw new Error(`mapshaper produced no ${what}`);
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

export async function buildTopology(layers: NamedLayers, options: TopologyOptions): Promise<string> {
  const names = Object.keys(layers);
  const input: Record<string, unknown> = {};
  for (const name of names) input[`${name}.json`] = layers[name];
  const files = names.map((n) => `${n}.json`).join(' ');
  // keep-shapes stops small units vanishing; on lon/lat input mapshaper reads interval= in metres.
  const commands =
    `-i ${files} combine-files ` +
    `-simplify interval=${options.simplifyMetres} keep-shapes ` +
    `-o out.json format=topojson quantization=${options.quantization}`;
  const output = await mapshaper.applyCommands(commands, input);
  return asText(output['out.json'], 'TopoJSON output');
}

/** Simplifies one layer on its own and returns GeoJSON (used for context layers drawn faintly). */
export async function simplifyLayer(layer: FeatureCollection, simplifyMetres: number): Promise<FeatureCollection> {
  const output = await mapshaper.applyCommands(
    `-i in.json -simplify interval=${simplifyMetres} keep-shapes -o out.json format=geojson`,
    { 'in.json': layer },
  );
  return JSON.parse(asText(output['out.json'], 'GeoJSON output')) as FeatureCollection;
}

/** Dissolves polygons by a property (mapshaper -dissolve), copying `copyFields` from the first member. */
export async function dissolveBy(
  layer: FeatureCollection,
  field: string,
  copyFields: string[],
): Promise<FeatureCollection> {
  const copy = copyFields.length > 0 ? ` copy-fields=${copyFields.join(',')}` : '';
  const output = await mapshaper.applyCommands(
    `-i in.json -dissolve ${field}${copy} -o out.json format=geojson`,
    { 'in.json': layer },
  );
  return JSON.parse(asText(output['out.json'], 'GeoJSON output')) as FeatureCollection;
}
