// A new layer is named after its file in the file's own words; only a file with no name at all is
// left for the page to name, so no English word is baked into a Chinese planner's layer.
import { describe, expect, it } from 'vitest';
import { layerNameFromFile } from '../../src/import/detect-format.ts';

describe('layerNameFromFile', () => {
  it('takes the file name without its extension or folder', () => {
    expect(layerNameFromFile('成都园区.csv')).toBe('成都园区');
    expect(layerNameFromFile('data/2024/parks.v2.geojson')).toBe('parks.v2');
    expect(layerNameFromFile('C:\\maps\\corridor.kml')).toBe('corridor');
  });

  it('takes the whole file name when the name without its extension is empty', () => {
    expect(layerNameFromFile('.geojson')).toBe('.geojson');
    expect(layerNameFromFile('  .csv')).toBe('.csv');
  });

  it('gives no name, rather than an English one, for a file without a name', () => {
    expect(layerNameFromFile('')).toBe('');
    expect(layerNameFromFile('   ')).toBe('');
  });
});
