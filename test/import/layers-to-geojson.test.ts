import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { layersToGeoJSON } from '../../src/import/layers-to-geojson.ts';
import type { UserLayer } from '../../src/import/layer-store.ts';

const park: Feature = { type: 'Feature', id: 'P1', properties: { name: 'Park', layer: 'their own value' }, geometry: { type: 'Point', coordinates: [104, 30.5] } };
const road: Feature = { type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates: [[104, 30.5], [106, 29.5]] } };

function layer(id: string, name: string, features: Feature[]): UserLayer {
  return { id, name, colour: '#123456', visible: id === 'A', features, createdAt: '2025-01-01T00:00:00.000Z' };
}

describe('layersToGeoJSON', () => {
  it('writes every layer into one FeatureCollection, properties untouched', () => {
    const layers = [layer('A', 'Parks', [park]), layer('B', 'Roads', [road])];
    const collection = layersToGeoJSON(layers);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(2);
    expect(collection.features[0]?.properties).toEqual({ name: 'Park', layer: 'their own value' });
    expect(collection.features[0]?.id).toBe('P1');
    expect(collection.features.map((f) => (f as Feature & { layer: string }).layer)).toEqual(['A', 'B']);
    expect(collection.layers).toEqual([
      { id: 'A', name: 'Parks', colour: '#123456', visible: true, createdAt: '2025-01-01T00:00:00.000Z', count: 1 },
      { id: 'B', name: 'Roads', colour: '#123456', visible: false, createdAt: '2025-01-01T00:00:00.000Z', count: 1 },
    ]);
    // the saved layers themselves are not changed by the export
    expect(Object.keys(park)).toEqual(['type', 'id', 'properties', 'geometry']);
  });

  it('survives a round trip through JSON text', () => {
    const collection = layersToGeoJSON([layer('A', 'Parks', [park])]);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});
