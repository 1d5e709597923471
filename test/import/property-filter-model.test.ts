import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { propertyFilterModel } from '../../src/import/property-filter-model.ts';

function point(properties: Record<string, unknown>): Feature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [104, 30] } };
}

describe('propertyFilterModel', () => {
  const features = [
    point({ name: 'A', year: 2014, status: 'planned', cost: '12.5', open: true, tags: ['x'] }),
    point({ name: 'B', year: 2010, status: 'operating', cost: '3', open: false }),
    point({ name: 'C', year: null, status: 'planned', cost: '', open: true }),
  ];
  const model = propertyFilterModel(features, { maxDistinct: 2 });
  const field = (name: string) => model.find((f) => f.name === name);

  it('gives numeric fields a range, ignoring missing values', () => {
    expect(field('year')).toMatchObject({ kind: 'number', count: 2, min: 2010, max: 2014 });
  });

  it('treats CSV-style numeric text as numbers so it can be filtered by range', () => {
    expect(field('cost')).toMatchObject({ kind: 'number', count: 2, min: 3, max: 12.5 });
  });

  it('lists the values of a field with few of them, most frequent first', () => {
    expect(field('status')).toEqual({
      name: 'status', kind: 'string', count: 3,
      distinct: [{ value: 'planned', count: 2 }, { value: 'operating', count: 1 }],
    });
    expect(field('open')?.kind).toBe('boolean');
  });

  it('gives no value list when a field has more distinct values than the limit', () => {
    expect(field('name')).toMatchObject({ kind: 'string', count: 3, distinct: null });
  });

  it('marks lists and objects as not offering values', () => {
    expect(field('tags')).toMatchObject({ kind: 'mixed', distinct: null });
  });

  it('calls a column of numbers and words text', () => {
    const m = propertyFilterModel([point({ year: '2014' }), point({ year: 'unknown' })]);
    expect(m[0]?.kind).toBe('string');
    expect(m[0]?.min).toBeUndefined();
  });
});
