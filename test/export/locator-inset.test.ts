import { describe, expect, it } from 'vitest';
import { insetWidth, placeInset } from '../../src/export/locator-inset.ts';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';

const frame = { x: 40, y: 100, width: 1000, height: 600 };

describe('placeInset', () => {
  it('keeps the top-left corner when it hides no more projects than the bottom right', () => {
    expect(placeInset(frame, { width: 200, height: 150 }, 10, []).corner).toBe('top-left');
    expect(placeInset(frame, { width: 200, height: 150 }, 10, [[900, 600]]).corner).toBe('top-left');
  });

  it('moves to the bottom right when projects lie under the top-left corner', () => {
    const at = placeInset(frame, { width: 200, height: 150 }, 10, [[100, 150], [120, 160]]);
    expect(at).toEqual({ corner: 'bottom-right', x: 1040 - 10 - 200, y: 700 - 10 - 150, width: 200, height: 150 });
  });

  it('is a fifth of the short side, at least 150 px on a 1080 px page', () => {
    expect(insetWidth(frame, 1)).toBe(150);
    expect(insetWidth({ ...frame, width: 2000, height: 1500 }, 1)).toBe(300);
  });
});

describe('the locator inset on the page', () => {
  /** x, y, width, height of the inset's box on the page */
  const insetBox = (svg: string) => {
    const m = svg.match(/<g class="locator" data-corner="[^"]+" transform="translate\(([\d.]+) ([\d.]+)\)"><title>[^<]*<\/title><rect width="([\d.]+)" height="([\d.]+)"/);
    if (!m) throw new Error('no locator inset');
    return m.slice(1).map(Number) as [number, number, number, number];
  };
  const frameOf = (svg: string) => svg.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number) as [number, number, number, number];

  it.each([
    ['slide-16x9', undefined],
    ['a4-portrait', 150],
    ['a3-landscape', 300],
  ])('sits inside the map frame on %s, with China and the two provinces, titled in the export language', (preset, dpi) => {
    const svg = renderExportSvg(sampleInput({ preset, ...(dpi ? { dpi } : {}), lang: 'en' }));
    const [x, y, w, h] = insetBox(svg);
    const [fx, fy, fw, fh] = frameOf(svg);
    expect(x).toBeGreaterThanOrEqual(fx);
    expect(y).toBeGreaterThanOrEqual(fy);
    expect(x + w).toBeLessThanOrEqual(fx + fw);
    expect(y + h).toBeLessThanOrEqual(fy + fh);
    // the map's own inset colours: grey China, the two provinces in orange-red
    expect(svg).toMatch(/<g class="locator"[^]*fill="#e6e4de"[^]*fill="#d9480f"/);
    expect(svg).toContain('<title>Locator: Sichuan and Chongqing within China</title>');
  });

  it('is left out when the locator data could not be loaded', () => {
    expect(renderExportSvg(sampleInput({ locator: undefined }))).not.toContain('class="locator"');
  });
});
