import { describe, expect, it } from 'vitest';
import { checkPlacement } from '../../data/build/check-placement.ts';
import { indexCounties, type CountyFeature } from '../../data/build/placement.ts';
import { FACT_COLUMNS, type FactsRow } from '../../src/data/schema.ts';

const square = (adcode: string, name: string, x: number): CountyFeature => ({
  type: 'Feature',
  properties: { adcode, name, parent: '510100' },
  geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 1, 30], [x + 1, 31], [x, 31], [x, 30]]] },
});
const index = indexCounties([square('510104', '锦江区', 104), square('500112', '渝北区', 105)]);
const row = (values: Partial<FactsRow>): FactsRow => ({
  ...(Object.fromEntries(FACT_COLUMNS.map((c) => [c, ''])) as FactsRow), id: 'p', geometry_kind: 'point', ...values,
});

describe('checkPlacement', () => {
  it('accepts a point inside its stated county', () => {
    expect(checkPlacement('features.csv', [{ line: 2, row: row({ lon: '104.5', lat: '30.5', county: '510104' }) }], new Set(), index)).toEqual([]);
  });

  it('names the record line, the field and both counties when a point lies elsewhere', () => {
    const rows = [{ line: 7, row: row({ lon: '105.5', lat: '30.5', county: '510104' }) }, { line: 9, row: row({ lon: '108', lat: '22', county: '500112' }) }];
    expect(checkPlacement('features.csv', rows, new Set(), index)).toEqual([
      'features.csv:7 county: the point (105.5, 30.5) lies in 渝北区 (500112), not in the stated 锦江区 (510104)',
      'features.csv:9 county: the point (108, 22) lies in outside Sichuan and Chongqing, not in the stated 渝北区 (500112)',
    ]);
  });
});
