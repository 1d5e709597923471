// ECharts' own map files (echarts/map/json/*.json, and many provincial maps passed around since)
// store each ring as a string: every position is two characters, the zigzag-encoded difference from
// the previous position plus 64, in units of 1/1024 degree, starting from the ring's `encodeOffsets`.
// `UTF8Encoding: true` at the top says so. Decoding gives ordinary GeoJSON coordinates.

/** ECharts' default scale: 1024 steps per degree (a file may set its own `UTF8Scale`). */
const DEFAULT_SCALE = 1024;

export type Position2 = [number, number];

export function isEchartsEncoded(value: Record<string, unknown>): boolean {
  return value['UTF8Encoding'] === true;
}

export function echartsScale(value: Record<string, unknown>): number {
  const scale = value['UTF8Scale'];
  return typeof scale === 'number' && Number.isFinite(scale) && scale > 0 ? scale : DEFAULT_SCALE;
}

/** Why a geometry could not be decoded: a code the message is worded from. */
export type EchartsDecodeReason = 'ring-not-string' | 'no-offsets' | 'odd-length' | 'offsets-mismatch' | 'not-a-list' | 'type';

export class EchartsDecodeError extends Error {
  constructor(readonly reason: EchartsDecodeReason) {
    super(reason);
  }
}

function decodeRing(encoded: unknown, offset: unknown, scale: number): Position2[] {
  if (typeof encoded !== 'string') throw new EchartsDecodeError('ring-not-string');
  if (!Array.isArray(offset) || typeof offset[0] !== 'number' || typeof offset[1] !== 'number') {
    throw new EchartsDecodeError('no-offsets');
  }
  if (encoded.length % 2 !== 0) throw new EchartsDecodeError('odd-length');
  const ring: Position2[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    // zigzag: 0, 1, 2, 3 … stand for 0, -1, 1, -2 …
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function decodeRings(rings: unknown, offsets: unknown, scale: number): Position2[][] {
  if (!Array.isArray(rings)) throw new EchartsDecodeError('not-a-list');
  if (!Array.isArray(offsets) || offsets.length !== rings.length) throw new EchartsDecodeError('offsets-mismatch');
  return rings.map((ring, i) => decodeRing(ring, offsets[i], scale));
}

/** A closed ring needs four positions; ECharts' encoder leaves slivers of one to three. */
const MIN_RING = 4;

/**
 * Leaves out the slivers of a decoded polygon or multipolygon: holes, and whole polygons whose
 * outer ring, of fewer than four positions (they enclose nothing). A Polygon's own outer ring is
 * kept whatever its length, so that validation reports it. Says how many rings were left out.
 */
export function dropSlivers(geometry: unknown): { geometry: unknown; dropped: number } {
  if (typeof geometry !== 'object' || geometry === null) return { geometry, dropped: 0 };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  let dropped = 0;
  const keepHoles = (rings: Position2[][]): Position2[][] => rings.filter((ring, i) => {
    const keep = i === 0 || ring.length >= MIN_RING;
    if (!keep) dropped += 1;
    return keep;
  });
  if (type === 'Polygon' && Array.isArray(coordinates)) {
    return { geometry: { ...geometry, coordinates: keepHoles(coordinates as Position2[][]) }, dropped };
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
    const polygons = (coordinates as Position2[][][]).filter((polygon) => {
      const keep = (polygon[0]?.length ?? 0) >= MIN_RING;
      if (!keep) dropped += polygon.length;
      return keep;
    });
    // Never leave a MultiPolygon empty: if every part is a sliver, validation reports the first.
    return { geometry: { ...geometry, coordinates: polygons.length > 0 ? polygons.map(keepHoles) : coordinates }, dropped: polygons.length > 0 ? dropped : 0 };
  }
  return { geometry, dropped: 0 };
}

/**
 * The geometry with its coordinates decoded (a new object: the file's value is not changed).
 * A geometry without `encodeOffsets` is returned as found: ECharts leaves such geometries plain.
 */
export function decodeEchartsGeometry(geometry: unknown, scale: number): unknown {
  if (typeof geometry !== 'object' || geometry === null || Array.isArray(geometry)) return geometry;
  const { encodeOffsets, coordinates, type, ...rest } = geometry as Record<string, unknown>;
  if (encodeOffsets === undefined) return geometry;
  switch (type) {
    case 'LineString':
      return { ...rest, type, coordinates: decodeRing(coordinates, encodeOffsets, scale) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...rest, type, coordinates: decodeRings(coordinates, encodeOffsets, scale) };
    case 'MultiPolygon': {
      if (!Array.isArray(coordinates) || !Array.isArray(encodeOffsets) || encodeOffsets.length !== coordinates.length) {
        throw new EchartsDecodeError('offsets-mismatch');
      }
      return { ...rest, type, coordinates: coordinates.map((polygon, i) => decodeRings(polygon, encodeOffsets[i], scale)) };
    }
    default:
      throw new EchartsDecodeError('type');
  }
}
