import { describe, expect, it } from 'vitest';
import { legendItemsFor } from '../../src/export-ui/legend-items';
import { features } from '../fixtures/export/sample-input';

describe('export legend', () => {
  it('has one row per visible subtype, in category order, with counts', () => {
    const rows = legendItemsFor(features).map((item) => [item.key, item.count, item.label_en]);
    expect(rows).toEqual([
      ['high_speed_rail', 2, 'High-speed rail'],
      ['national_new_area', 2, expect.any(String)],
      ['national_high_tech_zone', 2, expect.any(String)],
    ]);
    expect(legendItemsFor(features.slice(0, 2)).map((item) => item.key)).toEqual(['high_speed_rail']);
  });
});
