// The no-script preview: the export renderer's picture of the default state, from the built data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makePreviewSvg } from '../../scripts/make-preview';

const features = (JSON.parse(readFileSync('public/data/features.json', 'utf8')) as { features: { properties: { category: string } }[] }).features;

describe('makePreviewSvg', () => {
  const svg = makePreviewSvg('2026-01-01');

  it('is a standalone SVG with both titles, the date and a legend', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('成渝地区双城经济圈项目地图');
    expect(svg).toContain('Chengdu–Chongqing Economic Circle map');
    expect(svg).toContain(`${features.length} features`);
    expect(svg).toContain('2026-01-01');
  });

  it('fetches nothing: no external references, no script', () => {
    expect(svg).not.toMatch(/<script|href="http|url\(http/i);
  });

  it('is the same for the same date (the build is reproducible)', () => {
    expect(makePreviewSvg('2026-01-01')).toBe(svg);
  });
});
