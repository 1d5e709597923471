// A static spatial index over a dataset's features, built once when the data loads and reused by
// every question. Flatbush keeps the boxes and item numbers in typed arrays; the per-feature kind
// and box live in typed arrays too, so the hot loops never touch the GeoJSON objects for points.
import Flatbush from 'flatbush';
import type { Feature, GeoJsonProperties, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { bbox as turfBbox } from '@turf/bbox';
import { SpatialInputError, assertPosition } from './validate';

export type IndexableGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;
export type IndexableFeature = Feature<IndexableGeometry, GeoJsonProperties>;

/** Feature kinds as stored in FeatureIndex.kinds. */
export const KIND_POINT = 0;
export const KIND_LINE = 1;
export const KIND_AREA = 2;

/** The category used when a feature has no string `category` property. */
export const UNCATEGORISED = 'uncategorised';

export interface FeatureIndex {
  readonly features: readonly IndexableFeature[];
  /** feature.id, else properties.id, else the position in the input, as a string */
  readonly ids: readonly string[];
  readonly categories: readonly string[];
  /** KIND_POINT | KIND_LINE | KIND_AREA per feature */
  readonly kinds: Uint8Array;
  /** west, south, east, north per feature (a point's box is the point itself) */
  readonly boxes: Float64Array;
  /** null for an empty dataset: flatbush cannot hold zero items */
  readonly tree: Flatbush | null;
}

export interface SpatialQueryResult {
  /** matching feature ids, in dataset order */
  ids: string[];
  /** number of matches per category; categories with no match are absent */
  countsByCategory: Record<string, number>;
}

function kindOf(geometry: IndexableGeometry | null | undefined, position: number): number {
  switch (geometry?.type) {
    case 'Point':
      assertPosition(geometry.coordinates, { thing: 'feature-point', n: position });
      return KIND_POINT;
    case 'LineString':
    case 'MultiLineString':
      return KIND_LINE;
    case 'Polygon':
    case 'MultiPolygon':
      return KIND_AREA;
    default:
      throw new SpatialInputError('unsupported-geometry', { n: position, type: String((geometry as { type?: unknown } | null)?.type) });
  }
}

function idOf(feature: IndexableFeature, position: number): string {
  const own = feature.id ?? (feature.properties?.['id'] as unknown);
  return typeof own === 'string' || typeof own === 'number' ? String(own) : String(position);
}

function categoryOf(feature: IndexableFeature): string {
  const category = feature.properties?.['category'] as unknown;
  return typeof category === 'string' && category !== '' ? category : UNCATEGORISED;
}

export function buildFeatureIndex(features: readonly IndexableFeature[]): FeatureIndex {
  if (!Array.isArray(features)) throw new SpatialInputError('features-not-list');
  const count = features.length;
  const kinds = new Uint8Array(count);
  const boxes = new Float64Array(count * 4);
  const ids: string[] = new Array<string>(count);
  const categories: string[] = new Array<string>(count);
  const tree = count > 0 ? new Flatbush(count) : null;
  features.forEach((feature, i) => {
    const kind = kindOf(feature?.geometry, i);
    kinds[i] = kind;
    ids[i] = idOf(feature, i);
    categories[i] = categoryOf(feature);
    let box: number[];
    if (feature.geometry.type === 'Point') {
      const [x = NaN, y = NaN] = feature.geometry.coordinates;
      box = [x, y, x, y];
    } else {
      // recompute: a stale bbox member written by some other tool must not hide a feature
      box = turfBbox(feature.geometry, { recompute: true });
    }
    boxes.set(box, i * 4);
    tree?.add(box[0] as number, box[1] as number, box[2] as number, box[3] as number);
  });
  tree?.finish();
  return { features, ids, categories, kinds, boxes, tree };
}

/** Turn a per-feature "matched" mark array into the public result. */
export function resultFromMarks(index: FeatureIndex, matched: Uint8Array): SpatialQueryResult {
  const ids: string[] = [];
  const countsByCategory: Record<string, number> = {};
  for (let i = 0; i < matched.length; i++) {
    if (matched[i] !== 1) continue;
    ids.push(index.ids[i] as string);
    const category = index.categories[i] as string;
    countsByCategory[category] = (countsByCategory[category] ?? 0) + 1;
  }
  return { ids, countsByCategory };
}
