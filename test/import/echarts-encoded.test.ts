import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEchartsGeometry, dropSlivers, EchartsDecodeError } from '../../src/import/echarts-encoded.ts';
import type { FeatureCollection, Polygon } from 'geojson';
import { fixtureBytes } from './fixtures.ts';

type Ring = [number, number][];

function bbox(ring: Ring): [number, number, number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('decodeEchartsGeometry', () => {
  it('decodes zigzag deltas from the ring offset in 1/1024 degree', () => {
    // "@@" is (0, 0) from the offset; "AB" is (-1, +1); "BC" is (+1, -2): 'A' = 65 - 64 = 1 → -1,
    // 'B' → 2 → +1, 'C' → 3 → -2 (zigzag), worked out by hand from ECharts' format, not from the code.
    const decoded = decodeEchartsGeometry({ type: 'LineString', coordinates: '@@ABBC', encodeOffsets: [106496, 30720] }, 1024);
    expect(decoded).toEqual({ type: 'LineString', coordinates: [[104, 30], [104 - 1 / 1024, 30 + 1 / 1024], [104, 30 - 1 / 1024]] });
  });

  it('puts the real ECharts 渝中区 where the shipped boundary of 渝中区 is', () => {
    const file = JSON.parse(new TextDecoder().decode(fixtureBytes('echarts-chongqing-part.json')));
    const yuzhong = decodeEchartsGeometry(file.features[0].geometry, 1024) as Polygon;
    const shipped = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/geo/sc-cq-counties.geojson', import.meta.url)), 'utf8')) as FeatureCollection<Polygon>;
    const reference = shipped.features.find((f) => f.properties?.['adcode'] === '500103');
    const got = bbox(yuzhong.coordinates[0] as Ring);
    const want = bbox(reference?.geometry.coordinates[0] as Ring);
    // Two versions of the same published outline: the extents agree within about 1 km (the
    // district is about 5 km across; a wrong decoding lands tens or thousands of km away).
    got.forEach((value, i) => expect(Math.abs(value - (want[i] ?? 0))).toBeLessThan(0.01));
  });

  it('does not change the value it was given', () => {
    const geometry = { type: 'Polygon', coordinates: ['@@ABBC@@'], encodeOffsets: [[106496, 30720]] };
    const copy = structuredClone(geometry);
    decodeEchartsGeometry(geometry, 1024);
    expect(geometry).toEqual(copy);
  });

  it('says why a geometry cannot be decoded', () => {
    const reason = (geometry: unknown) => {
      try {
        decodeEchartsGeometry(geometry, 1024);
        return 'decoded';
      } catch (error) {
        return error instanceof EchartsDecodeError ? error.reason : 'other';
      }
    };
    expect(reason({ type: 'Polygon', coordinates: ['@@A'], encodeOffsets: [[1, 2]] })).toBe('odd-length');
    expect(reason({ type: 'Polygon', coordinates: ['@@', '@@'], encodeOffsets: [[1, 2]] })).toBe('offsets-mismatch');
    expect(reason({ type: 'Polygon', coordinates: [[1, 2]], encodeOffsets: [[1, 2]] })).toBe('ring-not-string');
    expect(reason({ type: 'Point', coordinates: '@@', encodeOffsets: [1, 2] })).toBe('type');
    expect(reason({ type: 'Point', coordinates: [104, 30] })).toBe('decoded');
  });
});

describe('dropSlivers', () => {
  const square: Ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
  const sliver: Ring = [[0, 0], [0, 0], [0, 0]];

  it('leaves out multipolygon parts and holes of fewer than four positions, and counts them', () => {
    const { geometry, dropped } = dropSlivers({ type: 'MultiPolygon', coordinates: [[square, sliver], [sliver], [square]] });
    expect(geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square], [square]] });
    expect(dropped).toBe(2);
  });

  it("keeps a polygon's own outer ring, however short, for validation to report", () => {
    expect(dropSlivers({ type: 'Polygon', coordinates: [sliver] })).toEqual({ geometry: { type: 'Polygon', coordinates: [sliver] }, dropped: 0 });
  });
});
