// The bounding box a "zoom to this feature" fits: the geometry's extent (a point's box is the
// point itself; "go to" caps the zoom (src/ui/go-to.ts) so that is still a sensible view).
import turfBBox from '@turf/bbox';
import type { ProjectFeature } from '../types';

export type FeatureBBox = [number, number, number, number];

export function featureBBox(feature: ProjectFeature): FeatureBBox {
  const [west, south, east, north] = turfBBox(feature.geometry);
  return [west, south, east, north] as FeatureBBox;
}
