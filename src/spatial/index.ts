// Public API of the spatial questions. Pure functions: no DOM, inputs never mutated.
export { buildFeatureIndex, UNCATEGORISED } from './feature-index';
export type { FeatureIndex, IndexableFeature, IndexableGeometry, SpatialQueryResult } from './feature-index';
export { catchment, catchmentDistancesKm } from './catchment';
export type { CatchmentOptions, CatchmentReach } from './catchment';
export { catchmentBuffer } from './catchment-buffer';
export type { CorridorFeature } from './corridor-segments';
export { featuresInArea } from './area-query';
export type { QueryArea } from './area-query';
export { rectangleToPolygon, measurePath, distanceBetween, polygonArea } from './measure';
export type { Bounds } from './measure';
export { EDGE_TOLERANCE_KM } from './geodesy';
export { SpatialInputError, MIN_CATCHMENT_KM, MAX_CATCHMENT_KM } from './validate';
