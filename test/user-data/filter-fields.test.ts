import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { FIELDS_SLICE, fieldsLater, fieldsNow } from '../../src/user-data/filter-fields';

const features = (count: number): Feature[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'Feature', properties: { kind: i % 3 === 0 ? 'rare' : 'common', value: i }, geometry: { type: 'Point', coordinates: [104, 30] } }));

describe('filter fields of a user layer', () => {
  it('reads a small layer at once', () => {
    const fields = fieldsNow(features(10));
    expect(fields?.map((f) => f.name)).toEqual(['kind', 'value']);
    expect(fields?.[1]).toMatchObject({ kind: 'number', min: 0, max: 9 });
  });

  it('reads a large layer in slices: nothing until then, then every feature counted, the same list kept', async () => {
    const large = features(FIELDS_SLICE * 2 + 1);
    expect(fieldsNow(large)).toBeUndefined();
    const fields = await fieldsLater(large);
    expect(fields.find((f) => f.name === 'kind')?.distinct).toEqual([{ value: 'common', count: 13_334 }, { value: 'rare', count: 6_667 }]);
    expect(fields.find((f) => f.name === 'value')).toMatchObject({ min: 0, max: 20_000, count: 20_001 });
    expect(fieldsNow(large)).toBe(fields);
    expect(await fieldsLater(large)).toBe(fields);
  });
});
