// Which of a planner's own features the spatial questions select: the same catchment and area
// tests as the projects (src/spatial), run over an imported layer's features. Pure; the index of a
// layer is built once per features array, since a question is asked again on every state change.
import type { Feature } from 'geojson';
import { buildFeatureIndex, catchment, featuresInArea, type CorridorFeature, type FeatureIndex, type IndexableFeature, type QueryArea } from '../spatial';

export interface UserLayerQuestion {
  /** the corridors of a catchment question, with its distance; null when none is asked */
  catchment: { corridors: readonly CorridorFeature[]; distanceKm: number } | null;
  /** the area asked about; null when none */
  area: QueryArea | null;
}

interface LayerIndex {
  index: FeatureIndex;
  /** the position in the layer of each indexed feature (features the questions cannot test are left out) */
  positions: number[];
}

const INDEXABLE = new Set(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

function usable(feature: Feature): boolean {
  const geometry = feature.geometry;
  if (!geometry || !INDEXABLE.has(geometry.type)) return false;
  if (geometry.type === 'Point') return geometry.coordinates.length >= 2 && geometry.coordinates.every(Number.isFinite);
  return true;
}

const indexes = new WeakMap<readonly Feature[], LayerIndex>();

function layerIndex(features: readonly Feature[]): LayerIndex {
  const known = indexes.get(features);
  if (known) return known;
  const positions: number[] = [];
  const indexable: IndexableFeature[] = [];
  features.forEach((feature, position) => {
    if (!usable(feature)) return;
    positions.push(position);
    // the id is the position in the index: a file's own ids may repeat or be missing
    indexable.push({ type: 'Feature', id: indexable.length, properties: null, geometry: feature.geometry as IndexableFeature['geometry'] });
  });
  const built = { index: buildFeatureIndex(indexable), positions };
  indexes.set(features, built);
  return built;
}

/**
 * The positions (in layer order) of the features every asked question selects. A line or area counts
 * when any part of it is within the catchment or the area (the projects' default reach: an imported
 * feature has no anchor point to decide by).
 */
export function userFeaturesInQuestion(features: readonly Feature[], question: UserLayerQuestion): number[] {
  const { index, positions } = layerIndex(features);
  let selected: Set<string> | null = null;
  const narrow = (ids: readonly string[]) => {
    const next = new Set(ids);
    selected = selected === null ? next : new Set([...selected].filter((id) => next.has(id)));
  };
  if (question.catchment) narrow(catchment(index, question.catchment.corridors, question.catchment.distanceKm).ids);
  if (question.area) narrow(featuresInArea(index, question.area).ids);
  if (selected === null) return [];
  return [...(selected as Set<string>)].map((id) => positions[Number(id)] as number).sort((a, b) => a - b);
}
