import { describe, expect, it } from 'vitest';
import { formatArea, formatAreaNumber, formatNumber } from '../../src/i18n/number-format';
import { formatFeatureArea } from '../../src/ui/feature-facts';
import { formatCount } from '../../src/import/problems';

describe('formatNumber', () => {
  it('groups thousands with commas in both languages, as Chinese statistical tables do', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'zh')).toBe('1,234,567');
  });

  it('groups the counts in an import problem as everywhere else (the worker words them without the string tables)', () => {
    expect([formatCount(1234567), formatCount(200000), formatCount(999)]).toEqual(['1,234,567', '200,000', '999']);
  });

  it('rounds to the decimals asked for and drops trailing zeros unless a minimum is asked for', () => {
    expect(formatNumber(3.256, 'en', 2)).toBe('3.26');
    expect(formatNumber(3.2, 'zh', 2)).toBe('3.2');
    expect(formatNumber(3, 'en', 1, 1)).toBe('3.0');
    expect(formatNumber(999.96, 'zh', 1, 1)).toBe('1,000.0');
  });

  it('keeps formats of different shapes apart (a cached format never leaks into another call)', () => {
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
    expect(formatNumber(2.5, 'en', 1)).toBe('2.5');
    expect(formatNumber(2.5, 'en', 0)).toBe('3');
  });
});

describe('formatArea', () => {
  it('writes whole square kilometres from 1,000, with the unit of the language', () => {
    expect(formatArea(14335.4, 'en')).toBe('14,335 km²');
    expect(formatArea(1234567.8, 'zh')).toBe('1,234,568 平方千米');
  });

  it('keeps four significant figures below 1,000 and writes no trailing zeros', () => {
    expect(formatAreaNumber(394.2, 'en')).toBe('394.2');
    expect(formatAreaNumber(90.32, 'en')).toBe('90.32');
    expect(formatAreaNumber(1.083, 'zh')).toBe('1.083');
    expect(formatArea(12.3456, 'en')).toBe('12.35 km²');
    expect(formatArea(12, 'zh')).toBe('12 平方千米');
  });

  it("is the rounding of a project's area in the details panel (a question answer's area uses formatArea too)", () => {
    for (const km2 of [1.0834, 22.8, 90.324, 394.25, 1234.5]) {
      for (const lang of ['zh', 'en'] as const) expect(formatFeatureArea(km2, lang), `${km2} ${lang}`).toBe(formatArea(km2, lang));
    }
  });
});
