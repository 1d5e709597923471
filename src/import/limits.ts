// Limits on what a planner may import. They keep a browser tab responsive: parsing happens in a
// worker, the features come back to the page in slices, and more than a thousand are drawn on one
// canvas (src/map/user-layer.ts), so the limits are set by memory and parse time, not by the map.

/** Largest file accepted, checked from the file's size before a single byte is read. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/**
 * Largest .xlsx accepted. A workbook is unzipped and parsed whole, and it holds far more text than a
 * CSV of the same rows: a sheet of 200,000 rows and ten columns is about 10 MB and imports in about a
 * minute; a larger one mostly costs memory. Above this size the user is asked to save the sheet as
 * CSV, which is read up to MAX_FILE_BYTES and MAX_FEATURES.
 */
export const MAX_XLSX_BYTES = 12 * 1024 * 1024;
/** Most features (GeoJSON features, TopoJSON geometries, CSV rows) in one file. */
export const MAX_FEATURES = 200_000;
/** Most coordinate positions in one file, over all features. */
export const MAX_VERTICES = 2_000_000;

/**
 * The area an imported feature is expected to lie in: Sichuan, Chongqing and a margin around them.
 * Coordinates outside it are usually swapped lon/lat or projected metres, not real places here.
 */
export const REGION = { minLon: 97, maxLon: 111, minLat: 26, maxLat: 33.5 } as const;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
