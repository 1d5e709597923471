import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/export/presets.ts';

describe('resolvePreset', () => {
  it('gives the slide and square presets their fixed pixel sizes at 96 dpi, with no paper size', () => {
    expect(resolvePreset('slide-16x9')).toMatchObject({ widthPx: 1920, heightPx: 1080, dpi: 96, widthMm: null });
    expect(resolvePreset('square')).toMatchObject({ widthPx: 1080, heightPx: 1080, dpi: 96, heightMm: null });
  });

  it('gives the social card the 1200 x 630 px of a link preview, a screen size at 96 dpi', () => {
    expect(resolvePreset('social')).toMatchObject({ widthPx: 1200, heightPx: 630, dpi: 96, widthMm: null, heightMm: null });
    expect(() => resolvePreset('social', 300)).toThrow(/Valid dpi: 96/);
  });

  it('sizes A4 from its 297 x 210 mm at the chosen dpi', () => {
    expect(resolvePreset('a4-landscape', 300)).toMatchObject({ widthPx: 3508, heightPx: 2480, widthMm: 297, heightMm: 210 });
    expect(resolvePreset('a4-landscape', 150)).toMatchObject({ widthPx: 1754, heightPx: 1240 });
    expect(resolvePreset('a4-portrait', 300)).toMatchObject({ widthPx: 2480, heightPx: 3508, widthMm: 210, heightMm: 297 });
    expect(resolvePreset('a4-portrait', 150)).toMatchObject({ widthPx: 1240, heightPx: 1754, dpi: 150 });
  });

  it('sizes A3 from its 420 x 297 mm at the chosen dpi', () => {
    expect(resolvePreset('a3-landscape', 300)).toMatchObject({ widthPx: 4961, heightPx: 3508, widthMm: 420, heightMm: 297 });
    expect(resolvePreset('a3-portrait', 150)).toMatchObject({ widthPx: 1754, heightPx: 2480, widthMm: 297, heightMm: 420 });
  });

  it('rejects an unknown preset and lists the valid ones', () => {
    expect(() => resolvePreset('a3')).toThrow(/Unknown export preset "a3".*slide-16x9, a4-landscape, a4-portrait, a3-landscape, a3-portrait, square, social/);
  });

  it('rejects a dpi the preset does not offer and lists the valid values', () => {
    expect(() => resolvePreset('a4-landscape', 72)).toThrow(/150 or 300/);
    expect(() => resolvePreset('slide-16x9', 300)).toThrow(/Valid dpi: 96/);
  });
});
