// "Go to this": a search hit, a list row or a place selects the thing and sets the view that frames
// it, in one state change (one history entry, so Back returns to where the reader was). The map
// follows the state like any other view change; nothing here touches the map.
import type { ProjectFeature } from '../types';
import type { Store } from '../state/store';
import { featureBBox } from '../data/feature-bbox';
import { fitView, type FitLimits, type Viewport } from '../cartography/fit-view';
import type { BBox } from '../cartography/framing';

/** the map's zoom limits and snap, with "go to" stopping at zoom 10 so a point keeps its surroundings */
export const GO_TO_LIMITS: FitLimits = { minZoom: 4, maxZoom: 10, zoomSnap: 0.25 };

export interface GoTo {
  feature(feature: ProjectFeature): void;
  unit(adcode: string, bbox: BBox): void;
  /** frames a box (a planner's layer or feature) without changing the selection */
  bounds(bbox: BBox): void;
}

/** `viewport` is measured at each call: the map's size and the part the panel covers change. */
export function createGoTo(store: Store, viewport: () => Viewport): GoTo {
  return {
    feature(feature) {
      store.dispatch({ selection: { kind: 'feature', id: feature.properties.id }, view: fitView(featureBBox(feature), viewport(), GO_TO_LIMITS) });
    },
    unit(adcode, bbox) {
      store.dispatch({ selection: { kind: 'unit', adcode }, view: fitView(bbox, viewport(), GO_TO_LIMITS) });
    },
    bounds([west, south, east, north]) {
      // a margin of a tenth of the extent: points on the edge stay clear of the scale bar and locator
      const dx = (east - west) / 10;
      const dy = (north - south) / 10;
      store.dispatch({ view: fitView([west - dx, south - dy, east + dx, north + dy], viewport(), GO_TO_LIMITS) });
    },
  };
}
