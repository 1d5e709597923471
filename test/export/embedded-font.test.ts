import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { embeddedFontFromWoff2, SHIPPED_FONT_PATH, toBase64 } from '../../src/export/embedded-font.ts';

const shipped = new URL(`../../public/${SHIPPED_FONT_PATH}`, import.meta.url);

describe('embedded font', () => {
  it('encodes bytes as the same base64 Node itself produces, across chunk boundaries', () => {
    const bytes = new Uint8Array(70000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('ships a WOFF2 subset under 2 MB, with its licence beside it', () => {
    expect(statSync(shipped).size).toBeLessThan(2 * 1024 * 1024);
    expect(readFileSync(new URL('../../public/fonts/OFL.txt', import.meta.url), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    const font = embeddedFontFromWoff2(new Uint8Array(readFileSync(shipped)));
    expect(font.family).toBe('Noto Sans CJK SC');
  });

  it('refuses a file that is not WOFF2', () => {
    expect(() => embeddedFontFromWoff2(new TextEncoder().encode('<html>'))).toThrow(/WOFF2/);
  });
});
