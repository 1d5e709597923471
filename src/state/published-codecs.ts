// URL codec for the site's published layers a reader has hidden (pubhide=id,id). Published layers
// (data/layers/) are shown unless hidden, so a link lists the hidden ones: a layer the site adds
// later still shows in an old link. Ids are checked for their form here; whether the site has them is
// only known once its layers are loaded (src/user-data/published-visibility.ts says so then).
import { bothLanguages } from '../i18n/translate';
import { defineFieldCodec, type FieldCodec } from './url-codec';
import { canonicalSet } from '../filters/filter-state';

/** A published layer's id as its sidecar's file name gives it (data/build/layer-sidecar.ts). */
const PUBLISHED_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const MAX_HIDDEN_PUBLISHED = 20;

/** "a,b" → the ids in canonical order; undefined when empty, too many, or any is not an id. */
export function parseHiddenPublished(raw: string): string[] | undefined {
  const ids = raw.split(',');
  if (ids.length > MAX_HIDDEN_PUBLISHED || ids.some((id) => !PUBLISHED_ID.test(id))) return undefined;
  return canonicalSet(ids);
}

export const publishedCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'hiddenPublished',
    param: 'pubhide',
    // a box ticked or cleared in the legend, like hide=: a step of its own in the history
    history: 'push',
    expected: bothLanguages('url.expected.hiddenPublished', { max: MAX_HIDDEN_PUBLISHED }),
    parse: parseHiddenPublished,
    serialize: (ids) => (ids.length > 0 ? canonicalSet(ids).join(',') : null),
  }),
];
