import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { asProjectCollection } from '../../src/data/load-features';

describe('asProjectCollection', () => {
  it('accepts the served features file', () => {
    const served = JSON.parse(readFileSync(new URL('../../public/data/features.json', import.meta.url), 'utf8')) as unknown;
    expect(asProjectCollection(served).features.length).toBeGreaterThan(0);
  });

  it('names what is wrong with a file of the wrong shape', () => {
    expect(() => asProjectCollection([])).toThrow('features.json is not a GeoJSON FeatureCollection');
    expect(() => asProjectCollection({ type: 'FeatureCollection' })).toThrow('has no "features" array');
    const feature = { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [104, 30] }, properties: { id: 'a', name_zh: '甲', name_en: 'A' } };
    expect(asProjectCollection({ type: 'FeatureCollection', features: [feature] }).features).toHaveLength(1);
    const nameless = { ...feature, properties: { id: 'b', name_zh: '乙' } };
    expect(() => asProjectCollection({ type: 'FeatureCollection', features: [feature, nameless] })).toThrow('feature 1 has no id or names');
    expect(() => asProjectCollection({ type: 'FeatureCollection', features: [{ ...feature, id: 7 }] })).toThrow('feature 0');
  });
});
