// Public API of the spatial questions. Pure functions: no DOM, inputs never mutated.
export { buildFeatureIndex } from './feature-index';
export type { FeatureIndex, IndexableFeature, SpatialQueryResult } from './feature-index';
export { catchment, catchmentDistancesKm } from './catchment';
export { catchmentBuffer } from './catchment-buffer';
export type { CorridorFeature } from './corridor-segments';
export { featuresInArea } from './area-query';
export type { QueryArea } from './area-query';
export { rectangleToPolygon, measurePath, distanceBetween, polygonArea } from './measure';
