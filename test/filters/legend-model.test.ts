import { describe, expect, it } from 'vitest';
import { legendModel } from '../../src/filters/legend-model';
import { FIXTURE } from './fixtures';

describe('legendModel', () => {
  it('groups subtypes present in the data by category with visible counts and totals', () => {
    const visible = FIXTURE.filter((f) => ['rail', 'hitech'].includes(f.id));
    const groups = legendModel(FIXTURE, visible, ['expressway']);
    expect(groups.map((g) => g.category)).toEqual(['corridor', 'pilot_zone', 'industrial_park', 'platform']);
    const corridor = groups[0]!;
    expect(corridor.entries.map((e) => [e.subtype, e.visibleCount, e.total, e.hidden])).toEqual([
      ['high_speed_rail', 1, 1, false],
      ['expressway', 0, 1, true],
    ]);
    expect(corridor.shown).toBe('mixed');
    expect(corridor.entries[0]!.symbol.kind).toBe('line');
    expect(corridor.label).toEqual({ zh: expect.any(String), en: expect.any(String) });
    const parks = groups[2]!;
    expect([parks.visibleCount, parks.total, parks.shown]).toEqual([1, 2, 'all']);
    expect(parks.entries[0]!.symbol.kind).toBe('point');
  });
  it('reports a category with every subtype hidden as none', () => {
    const groups = legendModel(FIXTURE, [], ['free_trade_zone']);
    expect(groups.find((g) => g.category === 'pilot_zone')!.shown).toBe('none');
  });
});
