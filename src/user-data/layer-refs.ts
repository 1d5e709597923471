// Which imported layers a permalink names, worked out against the layers this browser has. Pure:
// the wiring (layer-refs-sync.ts) reports the missing ones and keeps the address in step.
import type { MyLayerRef } from '../state/my-layer-refs';
import { cleanLayerRefName, MAX_LAYER_REFS } from '../state/my-layer-refs';

interface NamedLayer {
  readonly id: string;
  readonly name: string;
}

/** The layers a link names that this browser has under neither that id nor that name (a colleague's own import). */
export function missingLayerRefs(refs: readonly MyLayerRef[], layers: readonly NamedLayer[]): MyLayerRef[] {
  return refs.filter((ref) => !layers.some((layer) => layer.id === ref.id || layer.name === ref.name));
}

/**
 * What the address names: the layers shown here, then the ones the opened link named that this
 * browser lacks (kept, so a link passed on still says what it showed).
 */
export function layerRefsToWrite(shown: readonly NamedLayer[], carried: readonly MyLayerRef[], all: readonly NamedLayer[]): MyLayerRef[] {
  const refs = shown.map(({ id, name }) => ({ id, name: cleanLayerRefName(name) })).filter((ref) => ref.name !== '');
  return [...refs, ...missingLayerRefs(carried, all)].slice(0, MAX_LAYER_REFS);
}

export function sameLayerRefs(a: readonly MyLayerRef[], b: readonly MyLayerRef[]): boolean {
  return a.length === b.length && a.every((ref, k) => ref.id === b[k]?.id && ref.name === b[k]?.name);
}
