import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { FEATURE_SLICE, createResultAssembler, sliceResult } from '../../src/import/result-slices.ts';
import { buildLayer, type ImportResult } from '../../src/import/import-result.ts';

const point = (i: number): Feature => ({ type: 'Feature', properties: { name: `site-${i}` }, geometry: { type: 'Point', coordinates: [104 + i / 1e6, 30] } });

function resultOf(count: number): ImportResult {
  const features = Array.from({ length: count }, (_, i) => point(i));
  return { file: 'sites.csv', errors: [], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: features, recordCount: count, layer: buildLayer('sites', features) };
}

function roundTrip(result: ImportResult, preview = false): { slices: number[]; result: ImportResult } {
  const { head, slices } = sliceResult(result, preview);
  // what crosses to the page is copied, as postMessage copies it
  const assembler = createResultAssembler();
  for (const slice of slices) assembler.addSlice(structuredClone(slice));
  return { slices: slices.map((slice) => slice.length), result: assembler.finish(structuredClone(head)) };
}

describe('sliceResult and createResultAssembler', () => {
  it('sends 4,001 features in three slices and puts every one back, in order', () => {
    const original = resultOf(4_001);
    const { slices, result } = roundTrip(original);
    expect(FEATURE_SLICE).toBe(2_000);
    expect(slices).toEqual([2_000, 2_000, 1]);
    expect(result.layer?.count).toBe(4_001);
    expect(result.layer?.features.map((f) => f.properties?.name)).toEqual(original.goodFeatures.map((f) => f.properties?.name));
    // the layer's list is the good features, as in the worker (acceptWithoutBadFeatures reads either)
    expect(result.layer?.features).toBe(result.goodFeatures);
    expect(result.featuresSliced).toBeUndefined();
  });

  it('keeps the good features of a rejected file (no layer) for "import without the bad rows"', () => {
    const original = { ...resultOf(12), layer: undefined, errors: [{ file: 'sites.csv', index: 3, message: 'bad', code: 'coord-not-number' }] } as unknown as ImportResult;
    const { result } = roundTrip(original);
    expect(result.layer).toBeUndefined();
    expect(result.goodFeatures).toHaveLength(12);
    expect(result.errors).toHaveLength(1);
  });

  it("leaves a table's features in the worker for the mapping step's preview", () => {
    const original = { ...resultOf(30), table: { sheets: [], headerRow: 1, headers: ['名称'], mapping: {}, sample: [], rowCount: 30 } };
    const { slices, result } = roundTrip(original, true);
    expect(slices).toEqual([]);
    expect(result.featuresLeftOut).toBe(true);
    expect(result.layer?.count).toBe(30);
    expect(result.goodFeatures).toEqual([]);
    // a preview of a file that is not a table is the import itself: its features come
    expect(roundTrip(resultOf(30), true).result.goodFeatures).toHaveLength(30);
  });

  it('sends a result without features as it is', () => {
    const empty: ImportResult = { file: 'x.csv', errors: [], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
    expect(roundTrip(empty)).toEqual({ slices: [], result: empty });
  });
});
