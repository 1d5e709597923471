// A user layer's features taken apart for the canvas: every point, line and polygon part of every
// geometry (multi-parts and collections included) projected once into zoom-0 world pixels, each part
// remembering which feature it belongs to. Pure: the canvas draws these parts and the hit-test
// searches them.
import type { Feature, Geometry, Position } from 'geojson';
import { project } from './feature-canvas-style';

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

export function splitFeatures(features: readonly Feature[]): ShapeParts {
  const flat: number[] = [];
  const owner: number[] = [];
  const kind: PartKind[] = [];
  const ranges: number[][] = [];
  const line = (positions: readonly Position[]): number[] => {
    const start = flat.length;
    for (const position of positions) {
      const [x, y] = project(position[0]!, position[1]!);
      flat.push(x, y);
    }
    return [start, flat.length];
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
  const coords = Float64Array.from(flat);
  const boxes = new Float64Array(ranges.length * 4);
  ranges.forEach((rings, p) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = rings[0]!; k < rings[rings.length - 1]!; k += 2) {
      x0 = Math.min(x0, coords[k]!);
      x1 = Math.max(x1, coords[k]!);
      y0 = Math.min(y0, coords[k + 1]!);
      y1 = Math.max(y1, coords[k + 1]!);
    }
    boxes.set([x0, y0, x1, y1], p * 4);
  });
  return { coords, feature: Uint32Array.from(owner), kind, ranges, boxes };
}
