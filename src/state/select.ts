// Derived view models. visibleFeatures is called by every view on every state change, so it is
// memoised on the identity of the filters object (the store keeps it when filters do not change)
// and of the feature array.
import type { ProjectFeature } from '../types';
import type { AppState } from './app-state';
import type { FeatureFilters } from '../filters/filter-state';
import { matchesFilters } from '../filters/predicates';

const cache = new WeakMap<readonly ProjectFeature[], { filters: FeatureFilters; visible: ProjectFeature[] }>();

/** The features the current filters let through, in data order. Do not mutate the result. */
export function visibleFeatures(state: AppState, features: ProjectFeature[]): ProjectFeature[] {
  const hit = cache.get(features);
  if (hit && hit.filters === state.filters) return hit.visible;
  const visible = features.filter((feature) => matchesFilters(feature.properties, state.filters));
  cache.set(features, { filters: state.filters, visible });
  return visible;
}
