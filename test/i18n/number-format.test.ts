import { describe, expect, it } from 'vitest';
import { formatKm2, formatNumber } from '../../src/i18n/number-format';

describe('formatNumber', () => {
  it('groups thousands with commas in both languages, as Chinese statistical tables do', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'zh')).toBe('1,234,567');
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

describe('formatKm2', () => {
  it('writes whole square kilometres with the unit of the language by default', () => {
    expect(formatKm2(14335.4, 'en')).toBe('14,335 km²');
    expect(formatKm2(1234567.8, 'zh')).toBe('1,234,568 平方千米');
  });

  it('keeps the decimals asked for', () => {
    expect(formatKm2(12.345, 'en', 2)).toBe('12.35 km²');
    expect(formatKm2(0.5, 'zh', 1, 1)).toBe('0.5 平方千米');
  });
});
