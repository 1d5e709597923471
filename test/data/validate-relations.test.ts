import { describe, expect, it } from 'vitest';
import { FACT_COLUMNS, type FactsRow } from '../../src/data/schema.ts';
import { checkRelations } from '../../src/data/validate-relations.ts';

const UNITS = new Map([['510105', '青羊区'], ['500112', '渝北区']]);

function row(values: Partial<FactsRow> & { id: string }): FactsRow {
  const blank = Object.fromEntries(FACT_COLUMNS.map((c) => [c, ''])) as FactsRow;
  return { ...blank, geometry_kind: 'point', lon: '104.06', lat: '30.67', county: '510105', ...values };
}
const check = (rows: FactsRow[], zones: string[] = []) =>
  checkRelations({ rows: rows.map((r, i) => ({ line: i + 2, row: r })), zoneIds: new Set(zones), knownUnits: UNITS });

describe('checkRelations', () => {
  it('needs the county of every point, and only of points', () => {
    expect(check([row({ id: 'a', county: '' })])).toEqual(['2 county: missing (the adcode of the county-level unit the point lies in)']);
    expect(check([row({ id: 'z', county: '500112' })], ['z'])).toEqual([
      '2 county: only rows drawn as a point name a county (this row is a zone of member units)',
    ]);
    expect(check([row({ id: 'l', geometry_kind: 'line', county: '' })])).toEqual([]);
  });

  it('names a county that does not exist', () => {
    expect(check([row({ id: 'a', county: '519999' })])).toEqual(['2 county: "519999" is not a county-level unit of Sichuan or Chongqing']);
  });

  it('refuses two points on the same spot unless both carry the same co_located key', () => {
    const stacked = [row({ id: 'a' }), row({ id: 'b', lon: '104.060000' })];
    expect(check(stacked)).toEqual(['3 lon/lat: same point as "a" (line 2); move one, or give both the same co_located key']);
    expect(check(stacked.map((r) => ({ ...r, co_located: 'seat' })))).toEqual([]);
    expect(check([row({ id: 'a', co_located: 'x' }), row({ id: 'b', co_located: 'y' })])).toHaveLength(1);
    // a zone drawn as an extent may share its anchor with a point
    expect(check([row({ id: 'a' }), row({ id: 'z', county: '' })], ['z'])).toEqual([]);
  });

  it('wants two or more parks in a pair', () => {
    expect(check([row({ id: 'a', pair: 'p1' })])).toEqual(['2 pair: "p1" names no other park (a pair needs two or more records)']);
    expect(check([row({ id: 'a', pair: 'p1' }), row({ id: 'b', pair: 'p1', lon: '105' })])).toEqual([]);
  });
});
