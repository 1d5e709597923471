import { describe, expect, it } from 'vitest';
import { overlayLegendItems } from '../../src/export-ui/overlay-legend';

describe('export legend rows for the question outlines', () => {
  it('names the catchment with its distance and the area asked about, in both languages', () => {
    expect(overlayLegendItems(null, false)).toEqual([]);
    expect(overlayLegendItems(10, false).map((item) => [item.key, item.label_en, item.label_zh])).toEqual([['question:catchment', 'Within 10 km of the chosen corridors', '所选走廊 10 公里范围']]);
    expect(overlayLegendItems(null, true).map((item) => [item.key, item.label_en])).toEqual([['question:area', 'Area asked about']]);
  });
});
