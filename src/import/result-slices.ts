// A large import's features cross from the worker to the page in slices. One message holding
// 200,000 features is one structured clone for the page to read, a freeze of a second or more;
// slices of FEATURE_SLICE features are read one per task, so the page keeps answering between them.
// Pure: the worker cuts the result with `sliceResult`, the page puts it back with `createResultAssembler`.
import type { Feature } from 'geojson';
import type { ImportResult } from './import-result.ts';

/**
 * Features per message: about 10–50 ms for the page to read on a loaded two-core machine (10,000 took
 * up to 260 ms, a freeze a planner notices; the many more messages add little to the total time).
 */
export const FEATURE_SLICE = 2_000;

/** A result without its features (`goodFeatures` and the layer's, when they are the same list), then the slices. */
export interface SlicedResult {
  head: ImportResult;
  slices: Feature[][];
}

/**
 * Cuts out the features. `preview`: a table shown in the mapping step, which never draws them (the
 * worker keeps the result for the planner's confirmation: worker-session.ts), so they are left behind rather than sent.
 */
export function sliceResult(result: ImportResult, preview = false): SlicedResult {
  const features = result.goodFeatures;
  const layerShares = result.layer !== undefined && result.layer.features === features;
  // a layer with a list of its own (not the good features) is sent whole: no format makes one today
  if (result.layer && !layerShares) return { head: result, slices: [] };
  const head: ImportResult = { ...result, goodFeatures: [], ...(result.layer ? { layer: { ...result.layer, features: [] } } : {}) };
  if (preview && result.table) return { head: { ...head, featuresLeftOut: true }, slices: [] };
  const slices: Feature[][] = [];
  for (let k = 0; k < features.length; k += FEATURE_SLICE) slices.push(features.slice(k, k + FEATURE_SLICE));
  return { head: { ...head, featuresSliced: true }, slices };
}

export interface ResultAssembler {
  addSlice(features: Feature[]): void;
  /** the result with its features back in place (the layer's list is the good features, as in the worker) */
  finish(head: ImportResult): ImportResult;
  /** features received so far */
  received(): number;
}

export function createResultAssembler(): ResultAssembler {
  const features: Feature[] = [];
  return {
    addSlice(slice) {
      for (const feature of slice) features.push(feature);
    },
    finish(head) {
      if (!head.featuresSliced) return head;
      const { featuresSliced: _sliced, ...result } = head;
      return { ...result, goodFeatures: features, ...(result.layer ? { layer: { ...result.layer, features } } : {}) };
    },
    received: () => features.length,
  };
}
