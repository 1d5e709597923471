// Limits on what a planner may import. They keep a browser tab responsive: parsing happens in a
// worker, but the map still has to draw every imported feature on the main thread.

/** Largest file accepted, checked from the file's size before a single byte is read. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Most features (GeoJSON features, TopoJSON geometries, CSV rows) in one file. */
export const MAX_FEATURES = 50_000;
/** Most coordinate positions in one file, over all features. */
export const MAX_VERTICES = 1_000_000;

/**
 * The area an imported feature is expected to lie in: Sichuan, Chongqing and a margin around them.
 * Coordinates outside it are usually swapped lon/lat or projected metres, not real places here.
 */
export const REGION = { minLon: 97, maxLon: 111, minLat: 26, maxLat: 33.5 } as const;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
