import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { embeddedFontFromWoff2, SHIPPED_FONT_PATH, toBase64 } from '../../src/export/embedded-font.ts';
import { woff2CodePoints } from '../fixtures/export/woff2-cmap.ts';

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

describe('shipped font coverage', () => {
  const covered = woff2CodePoints(new Uint8Array(readFileSync(shipped)));
  const missing = (text: string) => [...new Set(text)].filter((ch) => ch > ' ' && !covered.has(ch.codePointAt(0)!));

  it('has a glyph for every character of the feature names and texts in data/facts/features.csv', () => {
    const text = readFileSync(new URL('../../data/facts/features.csv', import.meta.url), 'utf8');
    expect(missing(text), 'characters missing from the shipped font: run node scripts/make-font-subset.mjs').toEqual([]);
  });

  it('covers the export texts and common hanzi a user may type in a title', () => {
    expect(missing('边界仅为示意，非官方地图 图例 空心/虚线：近似位置 资料来源： 北 成渝地区双城经济圈 我们的报告 示范区 综合保税区')).toEqual([]);
  });
});
