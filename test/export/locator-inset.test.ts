import { describe, expect, it } from 'vitest';
import { insetWidth, placeInset } from '../../src/export/locator-inset.ts';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import { mapBody } from '../../src/export/map-body.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';

const frame = { x: 40, y: 100, width: 1000, height: 600 };

describe('placeInset', () => {
  it('keeps the top-left corner when it hides no more projects than the bottom right', () => {
    expect(placeInset(frame, { width: 200, height: 150 }, 10, [])?.corner).toBe('top-left');
    expect(placeInset(frame, { width: 200, height: 150 }, 10, [[900, 600]])?.corner).toBe('top-left');
  });

  it('moves to the bottom right when projects lie under the top-left corner', () => {
    const at = placeInset(frame, { width: 200, height: 150 }, 10, [[100, 150], [120, 160]]);
    expect(at).toEqual({ corner: 'bottom-right', x: 1040 - 10 - 200, y: 700 - 10 - 150, width: 200, height: 150 });
  });

  it('takes no corner where it would cover the scale bar or the north arrow, and none on a map too short for both', () => {
    // a map 200 px tall: the scale bar's box at its bottom left, the north arrow's at its top right
    const short = { x: 40, y: 100, width: 1000, height: 200 };
    const scaleBar = { x: 56, y: 210, width: 230, height: 75 };
    const northArrow = { x: 984, y: 112, width: 40, height: 74 };
    expect(placeInset(short, { width: 150, height: 110 }, 12, [], [scaleBar])?.corner).toBe('bottom-right');
    expect(placeInset(short, { width: 150, height: 110 }, 12, [], [northArrow])?.corner).toBe('top-left');
    expect(placeInset(short, { width: 150, height: 110 }, 12, [], [scaleBar, northArrow])).toBeNull();
    // a map tall enough keeps its corner beside them
    expect(placeInset(frame, { width: 200, height: 150 }, 10, [], [{ ...scaleBar, y: 650 }, northArrow])?.corner).toBe('top-left');
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

  it('is left out of a map too short to hold it clear of the scale bar and the north arrow (a long legend below a wide map)', () => {
    const input = sampleInput({ preset: 'square', lang: 'en' });
    const drawn = (height: number) => mapBody(input, { x: 40, y: 100, width: 1000, height }, 1, 18.7, Infinity).parts.join('');
    expect(drawn(600)).toContain('class="locator"');
    expect(drawn(170)).not.toContain('class="locator"');
    expect(drawn(170)).toContain('class="scale-bar"');
  });

  it('is left out when the locator data could not be loaded', () => {
    expect(renderExportSvg(sampleInput({ locator: undefined }))).not.toContain('class="locator"');
  });
});
