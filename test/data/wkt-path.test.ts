import { describe, expect, it } from 'vitest';
import { parseWktLineString } from '../../src/data/wkt-path.ts';

describe('parseWktLineString', () => {
  it('reads lon lat pairs in order, case-insensitively and with loose spaces', () => {
    expect(parseWktLineString(' linestring ( 104.1 30.6 ,105  29.5 ) ')).toEqual({
      ok: true,
      coordinates: [[104.1, 30.6], [105, 29.5]],
    });
  });

  it.each([
    ['POINT(104 30)', 'not a LINESTRING(lon lat, lon lat, ...) WKT'],
    ['LINESTRING(104 30, 105 x)', 'vertex 2 is not numeric (got "105 x")'],
    ['LINESTRING(104 30 5, 105 29)', 'vertex 1 must be "lon lat" (got "104 30 5")'],
    ['LINESTRING(104 30)', 'needs at least 2 vertices (got 1)'],
  ])('rejects %s', (text, reason) => {
    expect(parseWktLineString(text)).toEqual({ ok: false, reason });
  });
});
