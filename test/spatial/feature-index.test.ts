import { describe, expect, it } from 'vitest';
import { buildFeatureIndex, KIND_AREA, KIND_LINE, KIND_POINT, UNCATEGORISED, type IndexableFeature } from '../../src/spatial/feature-index';

describe('buildFeatureIndex', () => {
  it('names features by id, then properties.id, then position, and files them by kind', () => {
    const features: IndexableFeature[] = [
      { type: 'Feature', id: 'own', properties: { category: 'platform' }, geometry: { type: 'Point', coordinates: [104, 30] } },
      { type: 'Feature', properties: { id: 'prop' }, geometry: { type: 'LineString', coordinates: [[104, 30], [105, 31]] } },
      { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [[[104, 30], [105, 30], [105, 31], [104, 30]]] } },
    ];
    const index = buildFeatureIndex(features);
    expect(index.ids).toEqual(['own', 'prop', '2']);
    expect(index.categories).toEqual(['platform', UNCATEGORISED, UNCATEGORISED]);
    expect([...index.kinds]).toEqual([KIND_POINT, KIND_LINE, KIND_AREA]);
    expect(index.tree?.search(104.9, 30.9, 105.1, 31.1).sort()).toEqual([1, 2]);
  });

  it('rejects geometries it cannot answer questions about', () => {
    const multiPoint = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[104, 30]] } };
    expect(() => buildFeatureIndex([multiPoint as unknown as IndexableFeature])).toThrow(/feature 0 has unsupported geometry MultiPoint/);
    const badPoint = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [104, Number.NaN] } };
    expect(() => buildFeatureIndex([badPoint as IndexableFeature])).toThrow(/finite/);
  });
});
