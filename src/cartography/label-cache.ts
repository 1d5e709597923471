// Label candidates kept from one layout to the next while the view stays the same. A filter change,
// a new selection or a cluster opening lays the names out again at the same zoom, size and position:
// the seats', counties' and rivers' candidates (their text measured, rivers followed along their
// course) and each project's candidate are then what they were, so they are taken from here and
// only the placement runs again. A change of view, language or measuring function starts afresh.
// The placement itself is never cached: which names fit depends on the symbols drawn now.
import type { ProjectFeature } from '../types';
import type { PlacementCandidate } from './label-placement';
import type { LabelPlace, MapLabelCache, MapLabelInput, ViewCandidates } from './label-input';

type Candidate = PlacementCandidate<LabelPlace>;

/** Two points of the circle on screen: a pan or zoom moves them, so they stand for the projection. */
function viewKey(input: MapLabelInput): string {
  const [x0, y0] = input.project(100, 25);
  const [x1, y1] = input.project(110, 35);
  return [input.lang, input.zoom, input.viewport.width, input.viewport.height, x0, y0, x1, y1].join('|');
}

const sameStamp = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

function createViewCandidates(): ViewCandidates {
  const places = new Map<string, { sources: readonly unknown[]; candidates: Candidate[] }>();
  const features = new WeakMap<ProjectFeature, { stamp: readonly number[]; candidate: Candidate | null }>();
  return {
    places(kind, sources, build) {
      const kept = places.get(kind);
      if (kept && kept.sources.length === sources.length && kept.sources.every((source, i) => source === sources[i])) return kept.candidates;
      const candidates = build();
      places.set(kind, { sources, candidates });
      return candidates;
    },
    feature(feature, stamp, build) {
      const kept = features.get(feature);
      if (kept && sameStamp(kept.stamp, stamp)) return kept.candidate;
      const candidate = build();
      features.set(feature, { stamp, candidate });
      return candidate;
    },
  };
}

export function createMapLabelCache(): MapLabelCache {
  let key = '';
  let measure: MapLabelInput['measure'] | null = null;
  let view = createViewCandidates();
  return {
    forView(input) {
      const next = viewKey(input);
      if (next !== key || input.measure !== measure) {
        key = next;
        measure = input.measure;
        view = createViewCandidates();
      }
      return view;
    },
  };
}
