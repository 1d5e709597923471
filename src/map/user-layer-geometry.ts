// A user layer's features taken apart for the canvas: every point, line and polygon part of every
// geometry (multi-parts and collections included) projected once into zoom-0 world pixels, each part
// remembering which feature it belongs to. Pure: the canvas draws these parts and the hit-test
// searches them.
import type { Feature, Geometry, Position } from 'geojson';

const TILE = 256;

export type PartKind = 'point' | 'line' | 'area';

export interface ShapeParts {
  /** x, y interleaved, zoom-0 world pixels */
  readonly coords: Float64Array;
  /** per part: which feature of the layer it belongs to */
  readonly feature: Uint32Array;
  readonly kind: PartKind[];
  /** per part: rings as [start, end) pairs into coords (one pair for points and lines) */
  readonly ranges: number[][];
  /** per part: x min, y min, x max, y max */
  readonly boxes: Float64Array;
}

/** What the canvas draws a layer from (user-layer-drawing.ts): its parts and each feature's own colour. */
export interface LayerDrawing {
  parts: ShapeParts;
  /** each feature's own colour (the file's colour column), undefined where it has none */
  own: (string | undefined)[];
}

export function splitFeatures(features: readonly Feature[]): ShapeParts {
  // counted first, so the coordinates go straight into one typed array (1,000,000 positions at most)
  let positions = 0;
  const count = (geometry: Geometry | null): void => {
    if (!geometry) return;
    if (geometry.type === 'GeometryCollection') return geometry.geometries.forEach(count);
    if (geometry.type === 'Point') positions += 1;
    else if (geometry.type === 'MultiPoint' || geometry.type === 'LineString') positions += geometry.coordinates.length;
    else if (geometry.type === 'MultiLineString' || geometry.type === 'Polygon') for (const l of geometry.coordinates) positions += l.length;
    else for (const polygon of geometry.coordinates) for (const l of polygon) positions += l.length;
  };
  features.forEach((feature) => count(feature.geometry));
  const coords = new Float64Array(positions * 2);
  let filled = 0;
  const owner: number[] = [];
  const kind: PartKind[] = [];
  const ranges: number[][] = [];
  const line = (list: readonly Position[]): number[] => {
    const start = filled;
    for (const position of list) {
      // Web Mercator at zoom 0, as project() in feature-canvas-style.ts, inlined for a million positions
      const sin = Math.sin((Math.max(-85, Math.min(85, position[1]!)) * Math.PI) / 180);
      coords[filled++] = ((position[0]! + 180) / 360) * TILE;
      coords[filled++] = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE;
    }
    return [start, filled];
  };
  const add = (index: number, part: PartKind, rings: number[]) => {
    if (rings.length === 0 || rings[rings.length - 1] === rings[0]) return; // nothing to draw
    owner.push(index);
    kind.push(part);
    ranges.push(rings);
  };
  const visit = (index: number, geometry: Geometry | null): void => {
    if (!geometry) return;
    switch (geometry.type) {
      case 'Point': return add(index, 'point', line([geometry.coordinates]));
      case 'MultiPoint': return geometry.coordinates.forEach((p) => add(index, 'point', line([p])));
      case 'LineString': return add(index, 'line', line(geometry.coordinates));
      case 'MultiLineString': return geometry.coordinates.forEach((l) => add(index, 'line', line(l)));
      case 'Polygon': return add(index, 'area', geometry.coordinates.flatMap(line));
      case 'MultiPolygon': return geometry.coordinates.forEach((polygon) => add(index, 'area', polygon.flatMap(line)));
      case 'GeometryCollection': return geometry.geometries.forEach((g) => visit(index, g));
    }
  };
  features.forEach((feature, index) => visit(index, feature.geometry));
  const boxes = new Float64Array(ranges.length * 4);
  ranges.forEach((rings, p) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = rings[0]!; k < rings[rings.length - 1]!; k += 2) {
      const x = coords[k]!;
      const y = coords[k + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    boxes[p * 4] = x0;
    boxes[p * 4 + 1] = y0;
    boxes[p * 4 + 2] = x1;
    boxes[p * 4 + 3] = y1;
  });
  return { coords, feature: Uint32Array.from(owner), kind, ranges, boxes };
}

