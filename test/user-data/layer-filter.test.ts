import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { filterFeatures, matchesFilter } from '../../src/user-data/layer-filter.ts';

const feature = (properties: Record<string, unknown> | null): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [104, 30] } });

describe('matchesFilter', () => {
  it('compares values as the text shown, so a CSV "2014" matches a GeoJSON 2014', () => {
    expect(matchesFilter(feature({ year: 2014 }), { kind: 'value', field: 'year', value: '2014' })).toBe(true);
    expect(matchesFilter(feature({ year: '2014' }), { kind: 'value', field: 'year', value: '2014' })).toBe(true);
    expect(matchesFilter(feature({ year: 2015 }), { kind: 'value', field: 'year', value: '2014' })).toBe(false);
  });

  it('never matches a missing, null or object value', () => {
    const filter = { kind: 'value', field: 'k', value: 'null' } as const;
    expect(matchesFilter(feature({ k: null }), filter)).toBe(false);
    expect(matchesFilter(feature({}), filter)).toBe(false);
    expect(matchesFilter(feature(null), filter)).toBe(false);
    expect(matchesFilter(feature({ k: { a: 1 } }), { kind: 'value', field: 'k', value: '[object Object]' })).toBe(false);
  });

  it('keeps numbers and numeric text within a range, bounds included, and leaves out unknowns', () => {
    const filter = { kind: 'range', field: 'area', min: 10, max: 20 } as const;
    expect(matchesFilter(feature({ area: 10 }), filter)).toBe(true);
    expect(matchesFilter(feature({ area: ' 20 ' }), filter)).toBe(true);
    expect(matchesFilter(feature({ area: 20.5 }), filter)).toBe(false);
    expect(matchesFilter(feature({ area: 'unknown' }), filter)).toBe(false);
    expect(matchesFilter(feature({}), filter)).toBe(false);
  });

  it('treats a missing bound as open', () => {
    expect(matchesFilter(feature({ area: -5 }), { kind: 'range', field: 'area', max: 0 })).toBe(true);
    expect(matchesFilter(feature({ area: 1e9 }), { kind: 'range', field: 'area', min: 0 })).toBe(true);
  });
});

describe('filterFeatures', () => {
  it('returns every feature without a filter and a new array either way', () => {
    const features = [feature({ a: 1 }), feature({ a: 2 })];
    const all = filterFeatures(features, undefined);
    expect(all).toEqual(features);
    expect(all).not.toBe(features);
    expect(filterFeatures(features, { kind: 'value', field: 'a', value: '2' })).toEqual([features[1]]);
  });
});

describe('a text filter (columns with too many values to list)', () => {
  it('keeps features whose value contains the text, any case, and never unknown ones', () => {
    const filter = { kind: 'text' as const, field: '地址', contains: 'gaoxin' };
    expect(matchesFilter(feature({ 地址: 'Chengdu Gaoxin District' }), filter)).toBe(true);
    expect(matchesFilter(feature({ 地址: '成都市高新区天府大道' }), { ...filter, contains: '高新' })).toBe(true);
    expect(matchesFilter(feature({ 地址: '武侯区' }), { ...filter, contains: '高新' })).toBe(false);
    expect(matchesFilter(feature({}), filter)).toBe(false);
  });
});
