// The site's published layers (data/layers/, built into layers.json) in the shared layers state, so the
// map, the legend, the list, the search, the table, the questions and the export take them as they
// take the planner's own layers. Their titles follow the interface language; showing or hiding one
// lasts for the visit (they are the site's data: nothing is stored, renamed or removed).
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

export const isPublished = (layer: Pick<UserLayer, 'published'>): boolean => layer.published !== undefined;

/** Puts the layers into the state in the language `lang()` gives; call the returned function again after a language change. */
export function showPublishedLayers(state: UserLayersState, layers: readonly PublishedLayer[], lang: () => Lang): () => void {
  const apply = () => {
    const visible = new Map(state.getLayers().filter(isPublished).map((layer) => [layer.id, layer.visible]));
    state.setPublished(layers.map((layer) => publishedUserLayer(layer, lang(), visible.get(`${PUBLISHED_ID_PREFIX}${layer.id}`) ?? true)));
  };
  apply();
  return apply;
}

/** Shows or hides a published layer for this visit. */
export function setPublishedVisible(state: UserLayersState, id: string, visible: boolean): void {
  const layer = state.getLayers().find((candidate) => candidate.id === id && isPublished(candidate));
  if (layer && layer.visible !== visible) state.putLayer({ ...layer, visible });
}
