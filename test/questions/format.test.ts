import { describe, expect, it } from 'vitest';
import { formatCategoryCounts, formatKm, formatKm2 } from '../../src/questions/format';

describe('measurement formatting', () => {
  it('writes km and km² per language with separators', () => {
    expect(formatKm(12.345, 'en')).toBe('12.3 km');
    expect(formatKm(12.345, 'zh')).toBe('12.3 千米');
    expect(formatKm2(14335.4, 'en')).toBe('14,335 km²');
    expect(formatKm2(14335.4, 'zh')).toBe('14,335 平方千米');
  });

  it('lists category counts in the fixed order, leaving out empty ones', () => {
    expect(formatCategoryCounts({ platform: 1, corridor: 2, pilot_zone: 0 }, 'en')).toBe('Corridor 2 · Platform 1');
  });
});
