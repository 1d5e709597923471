import { describe, expect, it } from 'vitest';
import type { PublishedLayer } from '../../src/data/published-layers.ts';
import { createUserLayersState } from '../../src/user-data/user-layers-state.ts';
import { showPublishedLayers, unknownPublishedIds } from '../../src/user-data/published-layers.ts';
import type { Lang } from '../../src/types.ts';

const published = (id: string): PublishedLayer => ({
  id,
  title: { zh: `图层${id}`, en: `Layer ${id}` },
  source: { name: 'Example', url: 'https://example.org/', checked: '2026-11-30' },
  colour: '#1b7837',
  symbol: 'circle',
  precision: 'exact',
  nameColumn: 'name',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [104, 30] }, properties: { name: 'a' }, precision: 'exact' }],
});

describe('published layers in the layers state', () => {
  it('are shown unless the state hides them, and follow a change of the hidden list and the language', () => {
    const state = createUserLayersState();
    let hidden: string[] = ['parks'];
    let lang: Lang = 'zh';
    const apply = showPublishedLayers(state, [published('parks'), published('stations')], () => lang, () => hidden);
    expect(state.getShownLayers().map((layer) => layer.name)).toEqual(['图层stations']);
    hidden = [];
    lang = 'en';
    apply();
    expect(state.getShownLayers().map((layer) => layer.name)).toEqual(['Layer parks', 'Layer stations']);
  });

  it('names the ids a link hides that the site has no layer under', () => {
    expect(unknownPublishedIds(['parks', 'old-layer', 'gone'], [published('parks'), published('stations')])).toEqual(['old-layer', 'gone']);
    expect(unknownPublishedIds([], [published('parks')])).toEqual([]);
  });
});
