import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBoundaryCollection } from '../../data/build/validate-boundaries.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'boundaries');

function problemsIn(file: string): string[] {
  return validateBoundaryCollection(JSON.parse(readFileSync(join(fixtures, file), 'utf8')), file);
}

describe('validateBoundaryCollection', () => {
  it('accepts a well-formed replacement file', () => {
    expect(problemsIn('valid-replacement.geojson')).toEqual([]);
  });

  it('names file, feature index, adcode and field for a missing parent', () => {
    expect(problemsIn('missing-parent.geojson')).toEqual([
      'missing-parent.geojson: feature 1 (adcode 510105): property "parent" is missing',
    ]);
  });

  it('rejects a coordinate given as text', () => {
    expect(problemsIn('non-numeric.geojson')).toEqual([
      'non-numeric.geojson: feature 0 (adcode 510104): geometry coordinates[0][1] is not a numeric [lon, lat] position: [104.1,"30.6"]',
    ]);
  });

  it('rejects a ring whose last position differs from its first', () => {
    expect(problemsIn('unclosed.geojson')).toEqual([
      'unclosed.geojson: feature 0 (adcode 510104): geometry coordinates[0] is not closed (first and last positions differ)',
    ]);
  });

  it('rejects geometry that is not an area', () => {
    expect(problemsIn('wrong-type.geojson')).toEqual([
      'wrong-type.geojson: feature 0 (adcode 510104): geometry type must be Polygon or MultiPolygon, got "LineString"',
    ]);
  });

  it('rejects a file that lies outside Sichuan and Chongqing (here: Beijing)', () => {
    expect(problemsIn('outside-region.geojson')).toEqual([
      'outside-region.geojson: feature 0 (adcode 110101): geometry coordinates[0][0] [116.4, 39.9] lies outside the region (lon 97–111, lat 26–34.5); is the file in WGS84 lon/lat?',
    ]);
  });

  it('rejects JSON that is not a FeatureCollection', () => {
    expect(problemsIn('not-a-collection.geojson')).toEqual([
      'not-a-collection.geojson: not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})',
    ]);
  });

  it('reports every problem in every feature, not just the first', () => {
    expect(problemsIn('many-problems.geojson')).toEqual([
      'many-problems.geojson: feature 0: property "adcode" is missing',
      'many-problems.geojson: feature 0: property "parent" is missing',
      'many-problems.geojson: feature 0: geometry coordinates[0] must be a ring of at least 4 positions',
      'many-problems.geojson: feature 1 (adcode 51010): property "adcode" must be a 6-digit adcode, got "51010"',
      'many-problems.geojson: feature 1 (adcode 51010): geometry is missing',
      'many-problems.geojson: feature 2 (adcode 510106): property "name" is missing',
      'many-problems.geojson: feature 2 (adcode 510106): geometry type must be Polygon or MultiPolygon, got "Point"',
    ]);
  });

  it('reports a repeated adcode with the feature it repeats', () => {
    const square = [[[104, 30.6], [104.1, 30.6], [104.1, 30.7], [104, 30.7], [104, 30.6]]];
    const feature = { type: 'Feature', properties: { adcode: '510104', name: '锦江区', parent: '510100' }, geometry: { type: 'Polygon', coordinates: square } };
    expect(validateBoundaryCollection({ type: 'FeatureCollection', features: [feature, feature] }, 'dup.geojson')).toEqual([
      'dup.geojson: feature 1 (adcode 510104): property "adcode" repeats feature 0',
    ]);
  });
});
