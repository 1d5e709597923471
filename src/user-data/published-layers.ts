// The site's published layers (data/layers/, built into layers.json) in the shared layers state, so the
// map, the legend, the list, the search, the table, the questions and the export take them as they
// take the planner's own layers. Their titles follow the interface language; which are hidden is
// state (pubhide= in the permalink): they are the site's data, so nothing is stored, renamed or removed.
import type { Lang } from '../types';
import type { UserLayer } from '../import/layer-store';
import { PUBLISHED_ID_PREFIX, type PublishedLayer } from '../data/published-layers';
import type { UserLayersState } from './user-layers-state';

/** The published layer as the user-data views take it: titled in `lang`, shown unless `visible` says otherwise. */
export function publishedUserLayer(layer: PublishedLayer, lang: Lang, visible = true): UserLayer {
  return {
    id: `${PUBLISHED_ID_PREFIX}${layer.id}`,
    name: layer.title[lang],
    colour: layer.colour,
    visible,
    features: layer.features,
    createdAt: layer.source.checked,
    nameColumn: layer.nameColumn,
    published: { title: layer.title, source: layer.source, precision: layer.precision },
  };
}


/** The layer's id as the site's data names it (pubhide=…), without the app's prefix. */
export const publishedIdOf = (layer: Pick<UserLayer, 'id'>): string => layer.id.slice(PUBLISHED_ID_PREFIX.length);

/** The ids a link hides that the site has no published layer under. */
export function unknownPublishedIds(hidden: readonly string[], layers: readonly PublishedLayer[]): string[] {
  return hidden.filter((id) => !layers.some((layer) => layer.id === id));
}

/**
 * Puts the layers into the state in the language `lang()` gives, each shown unless `hidden()` names
 * it; call the returned function again after either changes.
 */
export function showPublishedLayers(state: UserLayersState, layers: readonly PublishedLayer[], lang: () => Lang, hidden: () => readonly string[]): () => void {
  const apply = () => {
    const hide = new Set(hidden());
    state.setPublished(layers.map((layer) => publishedUserLayer(layer, lang(), !hide.has(layer.id))));
  };
  apply();
  return apply;
}
