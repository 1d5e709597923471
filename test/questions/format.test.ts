import { describe, expect, it } from 'vitest';
import { formatCategoryCounts, formatCorridorDistance, formatKm } from '../../src/questions/format';

describe('measurement formatting', () => {
  it('writes km and km² per language with separators', () => {
    expect(formatKm(12.345, 'en')).toBe('12.3 km');
    expect(formatKm(12.345, 'zh')).toBe('12.3 千米');
  });

  it('lists category counts in the fixed order, leaving out empty ones', () => {
    expect(formatCategoryCounts({ platform: 1, corridor: 2, pilot_zone: 0 }, 'en')).toBe('Corridor 2 · Platform 1');
  });
});

describe('distance to the corridor', () => {
  it('writes a touching match as 0 and others to a tenth of a km, per language', () => {
    expect(formatCorridorDistance(0, 'en')).toBe('0 km');
    expect(formatCorridorDistance(0, 'zh')).toBe('0 千米');
    expect(formatCorridorDistance(0.04, 'en')).toBe('0.0 km');
    expect(formatCorridorDistance(7.25, 'zh')).toBe('7.3 千米');
    expect(formatCorridorDistance(19.96, 'en')).toBe('20.0 km');
  });
});
