// What an import problem is (its code, parameters and place) and how values are quoted in its
// message. Apart from problems.ts so that the wording (format-problem.ts) and the constructors
// (problems.ts) both read it without importing each other.
export type ProblemCode =
  // the file as a whole
  | 'file-too-large' | 'file-empty' | 'file-binary' | 'format-unsupported' | 'no-features' | 'too-many-features'
  | 'too-many-positions' | 'json-invalid' | 'geojson-not-object' | 'geojson-no-features-list'
  | 'geojson-no-type' | 'topojson-invalid' | 'csv-no-coordinate-columns' | 'csv-parse' | 'csv-row-parse'
  // one record
  | 'record-not-object' | 'feature-type-wrong' | 'geometry-missing' | 'topojson-type-null'
  | 'topojson-arcs-undecodable' | 'type-missing' | 'type-not-string' | 'type-misspelt' | 'type-unknown'
  | 'geometry-not-object' | 'collection-no-geometries' | 'coordinates-missing' | 'not-a-list'
  | 'line-too-short' | 'polygon-no-rings' | 'ring-not-closed' | 'ring-closed' | 'ring-too-short' | 'position-invalid'
  | 'coord-not-finite' | 'coord-missing' | 'coord-text' | 'coord-not-number' | 'cell-empty' | 'wkt-invalid'
  | 'partly-outside' | 'swapped' | 'swap-applied' | 'mercator' | 'mercator-applied' | 'outside'
  // tables (CSV, XLSX)
  | 'cell-not-number' | 'place-unmatched' | 'place-county-unmatched' | 'place-too-coarse' | 'divisions-unavailable'
  | 'xlsx-unreadable' | 'xlsx-too-large' | 'xls-old-format' | 'numbers-format' | 'sheet-not-found'
  // boundary and track formats (KML, GPX, zipped shapefiles, DataV lists, ECharts maps)
  | 'json-list-not-features' | 'echarts-undecodable' | 'echarts-slivers-dropped' | 'xml-invalid' | 'xml-not-geo' | 'zip-unreadable' | 'zip-no-layer'
  | 'shp-prj-unknown' | 'shp-reprojected' | 'shp-no-prj' | 'shp-unreadable';

export type ProblemParams = Record<string, string | number>;

/** How a record is called in its file: `feature 3` (GeoJSON), `row 14` (CSV), `object "roads" geometry 2`. */
export interface RecordLabel {
  kind: 'feature' | 'row' | 'sheetRow' | 'object' | 'geometry';
  /** the number shown: 0-based feature or geometry index, or the spreadsheet row (header is row 1) */
  n: number;
  /** the TopoJSON object's or the worksheet's name, already quoted */
  object?: string;
}

/** A part of a geometry, e.g. `ring 0` inside `polygon 2`. */
export interface PathStep {
  part: 'point' | 'line' | 'polygon' | 'ring' | 'position';
  n: number;
}

/** Where in a record's geometry: its field (`"geometry"`), the parts (innermost first) and the axis. */
export interface GeometryPlace {
  field: string;
  path: PathStep[];
  /** 0 longitude, 1 latitude, 2 altitude, more: "value N" */
  axis?: number;
}

export interface Problem {
  file: string;
  /** index of the record in the file's list of records (0-based), absent for file-level problems */
  index?: number;
  /** the record's id, when it has one */
  id?: string;
  /** the property, column or geometry part concerned */
  field?: string;
  /** what is wrong, for the UI to word in the current language (see format-problem.ts) */
  code: ProblemCode;
  /** values the wording needs (quoted values, counts, line and column...) */
  params: ProblemParams;
  /** how the record is called in the file */
  record?: RecordLabel;
  /** for geometry problems, which part of the geometry */
  place?: GeometryPlace;
  /** the full sentence in English, e.g. `parks.geojson: feature 3: ring 0 of "geometry" is not closed` */
  message: string;
}

/** Where a problem is: how the record is called in its file ("feature 3", "row 14"), its index and id. */
export interface RecordRef extends RecordLabel {
  index: number;
  id?: string;
}

const MAX_QUOTED = 40;

/** Shortens and quotes a value for a message; control characters are shown escaped so they cannot hide text. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  // Bidirectional overrides (e.g. U+202E) could make a message read backwards.
  text = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** An id as shown in a message: plain ids as they are, anything else quoted. */
export function quoteId(id: string): string {
  const plain = /^[\w.\-:/\u4e00-\u9fff]{1,40}$/.test(id);
  return plain ? id : quoteValue(id);
}
