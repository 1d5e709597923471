import { describe, expect, it } from 'vitest';
import { displayValue, MAX_SHOWN_CHARACTERS } from '../../src/user-data/property-table.ts';

describe('displayValue', () => {
  it('shows missing, null and empty values as unknown in either language', () => {
    expect(displayValue(null, 'zh')).toBe('未知');
    expect(displayValue(undefined, 'en')).toBe('unknown');
    expect(displayValue('', 'en')).toBe('unknown');
  });

  it('keeps zero, false and markup as the text they are', () => {
    expect(displayValue(0, 'en')).toBe('0');
    expect(displayValue(false, 'en')).toBe('false');
    expect(displayValue('<b>x</b>', 'en')).toBe('<b>x</b>');
    expect(displayValue({ a: [1] }, 'en')).toBe('{"a":[1]}');
  });

  it('cuts very long values and says how long they were', () => {
    const long = 'A'.repeat(MAX_SHOWN_CHARACTERS * 3);
    const shown = displayValue(long, 'en');
    expect(shown.length).toBeLessThan(MAX_SHOWN_CHARACTERS + 20);
    expect(shown).toContain(String(long.length));
  });
});
