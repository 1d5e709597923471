// The two parts of shpjs the importer uses (the package ships no types).
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Reads a .shp; with a .prj's text, reprojects to WGS84 longitude/latitude with proj4. */
  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string): (Geometry | null)[];
  /** Reads a .dbf's records; `cpg` names its text encoding (the .cpg file's content). */
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[];
}
