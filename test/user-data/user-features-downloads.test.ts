import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { UserLayer } from '../../src/import/layer-store';
import type { SceneUserLayer } from '../../src/state/scene';
import { savedWithShownFeatures } from '../../src/user-data/user-features-downloads';
import { layersToGeoJSON } from '../../src/import/layers-to-geojson';

const point = (name: string): Feature => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [104, 30] } });
const [a, b, c] = [point('a'), point('b'), point('c')];
const saved: UserLayer[] = [
  { id: 'one', name: 'One', colour: '#112233', visible: true, features: [a, b, c], createdAt: '2026-01-02T03:04:05.000Z' },
  { id: 'two', name: 'Two', colour: '#445566', visible: true, features: [point('d')], createdAt: '2026-01-03T03:04:05.000Z' },
];

describe('savedWithShownFeatures', () => {
  it("gives the scene's layers as saved layers holding only the features the question leaves, so the download has those only", () => {
    // the question keeps a and c of layer one and nothing of layer two (the scene leaves it out)
    const shown: SceneUserLayer[] = [{ id: 'one', name: 'One', colour: '#112233', features: [a, c], nameColumn: 'name' }];
    const layers = savedWithShownFeatures(shown, saved);
    expect(layers).toEqual([{ ...saved[0], features: [a, c], nameColumn: 'name' }]);
    const geojson = layersToGeoJSON(layers);
    expect(geojson.features.map((f) => f.properties?.name)).toEqual(['a', 'c']);
    expect(geojson.layers).toEqual([{ id: 'one', name: 'One', colour: '#112233', visible: true, createdAt: '2026-01-02T03:04:05.000Z', count: 2 }]);
  });

  it('leaves out a layer removed meanwhile', () => {
    expect(savedWithShownFeatures([{ id: 'gone', name: 'Gone', colour: '#000000', features: [a] }], saved)).toEqual([]);
  });
});
