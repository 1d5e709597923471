// Decides how to read a file: by its extension first, then by looking at its first characters,
// because planners' files are often saved as .txt or .json whatever they hold.

export type ImportFormat = 'geojson' | 'topojson' | 'csv' | 'xlsx' | 'kml' | 'kmz' | 'gpx' | 'shapefile';
export type FormatGuess = { kind: 'json' | 'csv' | 'xml' } | { kind: 'unsupported'; extension: string };

const JSON_EXTENSIONS = new Set(['geojson', 'json', 'topojson']);
const CSV_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const XML_EXTENSIONS = new Set(['kml', 'gpx', 'xml']);

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

export function guessFormat(name: string, text: string): FormatGuess {
  const extension = fileExtension(name);
  if (JSON_EXTENSIONS.has(extension)) return { kind: 'json' };
  if (CSV_EXTENSIONS.has(extension)) return { kind: 'csv' };
  if (XML_EXTENSIONS.has(extension)) return { kind: 'xml' };
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return { kind: 'json' };
  if (start === '<') return { kind: 'xml' };
  if (extension === '' && /[,;\t]/.test(text.split('\n', 1)[0] ?? '')) return { kind: 'csv' };
  return { kind: 'unsupported', extension };
}

/** A parsed JSON value is TopoJSON when it says so, whatever the file is called. */
export function jsonFormat(value: unknown): ImportFormat {
  const isTopology = typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Topology';
  return isTopology ? 'topojson' : 'geojson';
}

/**
 * A new layer's name: the file's name without its extension, or the whole file name when that leaves
 * nothing (" .csv"); '' for a file with no name at all, which the page names in its own language.
 */
export function layerNameFromFile(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot).trim() : base.trim();
  return stem === '' ? base.trim() : stem;
}
