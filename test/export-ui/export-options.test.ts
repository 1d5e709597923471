import { describe, expect, it } from 'vitest';
import { dpiChoices, dpiForPreset, exportFileName, isoDate } from '../../src/export-ui/export-options';

describe('export options', () => {
  it('offers 150 and 300 dpi for paper presets and only 96 for screen presets', () => {
    expect(dpiChoices('a4-landscape')).toEqual([150, 300]);
    expect(dpiChoices('a4-portrait')).toEqual([150, 300]);
    expect(dpiChoices('slide-16x9')).toEqual([96]);
    expect(dpiChoices('square')).toEqual([96]);
  });

  it('keeps a chosen dpi the new preset offers, else falls back to its default', () => {
    expect(dpiForPreset('a4-portrait', 150)).toBe(150);
    expect(dpiForPreset('square', 150)).toBe(96);
    expect(dpiForPreset('a4-landscape', 96)).toBe(300);
  });

  it('names files after preset, dpi (paper only) and format', () => {
    expect(exportFileName({ preset: 'a4-landscape', dpi: 300, format: 'png' })).toBe('chengyu-map-a4-landscape-300dpi.png');
    expect(exportFileName({ preset: 'a4-portrait', dpi: 150, format: 'svg' })).toBe('chengyu-map-a4-portrait-150dpi.svg');
    expect(exportFileName({ preset: 'slide-16x9', dpi: 96, format: 'png' })).toBe('chengyu-map-slide-16x9.png');
  });

  it('writes the local calendar day with zero padding', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
