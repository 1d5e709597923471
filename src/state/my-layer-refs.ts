// The planner's imported layers as a permalink names them (my=id~name,id~name): text form, pure.
// The layers themselves live in the browser that imported them (IndexedDB), not in the address: the
// names are there so that a reader whose browser lacks a layer (a colleague opening the link) is told
// which one, rather than seeing it silently missing (src/user-data/layer-refs-sync.ts).

/** An imported layer as a permalink names it. */
export interface MyLayerRef {
  readonly id: string;
  readonly name: string;
}

export const MAX_LAYER_REFS = 20;
const MAX_NAME_CHARS = 200;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A layer name as the address keeps it: no control characters or lone surrogates, trimmed, within 200 characters. */
export function cleanLayerRefName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').trim();
  return [...clean].slice(0, MAX_NAME_CHARS).join('').trim();
}

// "," separates layers and "~" a layer's id from its name: both (and "%") are escaped inside a name.
const escapeName = (name: string) => name.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/~/g, '%7E');
const unescapeName = (text: string) => text.replace(/%2C/gi, ',').replace(/%7E/gi, '~').replace(/%25/g, '%');

export function formatLayerRefs(refs: readonly MyLayerRef[]): string {
  return refs.map((ref) => `${ref.id}~${escapeName(ref.name)}`).join(',');
}

export function parseLayerRefs(raw: string): { refs: MyLayerRef[]; rejected: string[] } {
  const refs: MyLayerRef[] = [];
  const rejected: string[] = [];
  for (const item of raw.split(',')) {
    const cut = item.indexOf('~');
    const id = cut === -1 ? '' : item.slice(0, cut);
    const name = cut === -1 ? '' : unescapeName(item.slice(cut + 1));
    if (!ID.test(id) || cleanLayerRefName(name) !== name || name === '' || refs.length >= MAX_LAYER_REFS || refs.some((ref) => ref.id === id)) rejected.push(item);
    else refs.push({ id, name });
  }
  return { refs, rejected };
}
