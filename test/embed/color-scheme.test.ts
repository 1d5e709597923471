import { describe, expect, it } from 'vitest';
import { resolveColorScheme } from '../../src/embed/color-scheme';

describe('resolveColorScheme', () => {
  it('follows the system setting only for theme=auto', () => {
    expect(resolveColorScheme('auto', true)).toBe('dark');
    expect(resolveColorScheme('auto', false)).toBe('light');
    expect(resolveColorScheme('dark', false)).toBe('dark');
    expect(resolveColorScheme('light', true)).toBe('light');
  });
});
