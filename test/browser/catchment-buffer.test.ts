// A catchment's buffer as a reader sees it at both ends of the zoom range: over the whole region
// (zoom 5) the 20 km band is a few pixels wide and the cluster symbols sit on it, so its edge must be
// bold, solid, dark on a pale casing and above the symbols; close in (zoom 10) the band covers much
// of the map, so its fill must be a faint tint beneath every project feature while the edge stays
// visible. Measured from the drawn SVG: computed stroke widths and colours, the panes' stacking, and
// where the edge's outline falls on screen relative to the map's box.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, settledUrl, useBrowser } from './harness';
import { contrast, luminance } from './support/colour-contrast';
import { zoomOf } from './support/map-state';

const browser = useBrowser();

const HSR = 'hsr-chengdu-chongqing';

interface Drawn {
  width: number;
  dash: string;
  stroke: [number, number, number];
  strokeOpacity: number;
  fillOpacity: number;
  /** z-index of the map pane the element is drawn in */
  paneZ: number;
}

interface Measured {
  edge: Drawn;
  casing: Drawn;
  fill: Drawn;
  /** the match halo's core, which the edge must stand out from */
  halo: [number, number, number];
  /** z-index of the project panes */
  areasZ: number;
  linesZ: number;
  pointsZ: number;
  /** the edge's outline sampled every 2 px on screen: points inside the map's box, and all points */
  inside: number;
  samples: number;
  box: { width: number; height: number };
}

async function measure(page: Page): Promise<Measured> {
  await page.getByTestId('question-buffer').first().waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const rgb = (colour: string): [number, number, number] => {
      const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.map(Number);
      return [r!, g!, b!];
    };
    const paneZ = (element: Element) => Number(getComputedStyle(element.closest('.leaflet-pane')!).zIndex);
    const drawn = (testId: string): Drawn => {
      const element = document.querySelector(`[data-testid="${testId}"]`)!;
      const style = getComputedStyle(element);
      return {
        width: parseFloat(style.strokeWidth),
        dash: style.strokeDasharray,
        stroke: style.stroke === 'none' ? [0, 0, 0] : rgb(style.stroke),
        strokeOpacity: parseFloat(style.strokeOpacity),
        fillOpacity: style.fill === 'none' ? 0 : parseFloat(style.fillOpacity),
        paneZ: paneZ(element),
      };
    };
    const edge = document.querySelector('[data-testid="question-buffer"]') as SVGPathElement;
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const matrix = edge.getScreenCTM()!;
    const length = edge.getTotalLength();
    // the edge in screen pixels; a step of about 2 px on screen (the SVG is not scaled when still)
    const steps = Math.max(50, Math.ceil(length / 2));
    let inside = 0;
    for (let i = 0; i < steps; i += 1) {
      const at = edge.getPointAtLength((length * i) / steps).matrixTransform(matrix);
      if (at.x >= map.left && at.x <= map.right && at.y >= map.top && at.y <= map.bottom) inside += 1;
    }
    const box = edge.getBoundingClientRect();
    const halo = document.querySelector('[data-testid="question-match"]')!;
    const pane = (name: string) => Number(getComputedStyle(document.querySelector(`.leaflet-${name}-pane`)!).zIndex);
    return {
      edge: drawn('question-buffer'),
      casing: drawn('question-buffer-casing'),
      fill: drawn('question-buffer-fill'),
      halo: rgb(getComputedStyle(halo).stroke),
      areasZ: pane('feature-areas'),
      linesZ: pane('feature-lines'),
      pointsZ: pane('feature-points'),
      inside,
      samples: steps,
      box: { width: box.width, height: box.height },
    };
  });
}

/** WCAG relative luminance and contrast ratio, as a reader's eye weighs two colours */

describe('the catchment buffer is legible at every zoom', () => {
  it('reads as a bold band over the whole region at zoom 5 and as a faint tint with a clear edge at zoom 10', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?lang=en&v=29.85,104.95,5&qc=${HSR}&qd=20`, viewport: { width: 1280, height: 720 } });
    const far = await measure(page);
    // a solid edge at least 2.5 px wide, fully opaque, on a pale casing 2 px wider on each side
    expect(far.edge.width).toBeGreaterThanOrEqual(2.5);
    expect(far.edge.dash).toBe('none');
    expect(far.edge.strokeOpacity).toBe(1);
    expect(far.casing.width).toBeGreaterThanOrEqual(far.edge.width + 2);
    expect(luminance(far.casing.stroke)).toBeGreaterThan(0.8);
    // dark enough to read on the pale land (near white) and beside the yellow halos of the matches
    expect(contrast(far.edge.stroke, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(far.edge.stroke, far.halo)).toBeGreaterThanOrEqual(3);
    // the band is small at this zoom: its fill is strong, and the edge is drawn over the cluster
    // symbols that sit on it, the fill beneath every project feature
    expect(far.fill.fillOpacity).toBeGreaterThanOrEqual(0.25);
    expect(far.edge.paneZ).toBeGreaterThan(far.pointsZ);
    expect(far.fill.paneZ).toBeLessThan(far.areasZ);
    // the whole band is in the map's box, and big enough to see
    expect(far.inside).toBe(far.samples);
    expect(far.box.width).toBeGreaterThan(40);

    // zoom in with the map's + button, as a reader would, until the map is at zoom 10
    let zoom = zoomOf(await settledUrl(page));
    expect(zoom).toBe(5);
    while (zoom < 10) {
      await page.locator('.leaflet-control-zoom-in').click();
      const before = zoom;
      await expect.poll(async () => (zoom = zoomOf(await settledUrl(page)))).toBeGreaterThan(before);
    }
    expect(zoom).toBe(10);
    const near = await measure(page);
    // the edge stays a clear line (dashed close in, so it is not taken for a road) on its casing
    expect(near.edge.width).toBeGreaterThanOrEqual(2);
    expect(near.edge.strokeOpacity).toBe(1);
    expect(near.casing.width).toBeGreaterThanOrEqual(near.edge.width + 2);
    expect(contrast(near.edge.stroke, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    // the fill does not flood the map: a faint tint, drawn beneath the areas, lines and points
    expect(near.fill.fillOpacity).toBeGreaterThan(0);
    expect(near.fill.fillOpacity).toBeLessThanOrEqual(0.12);
    expect(near.fill.paneZ).toBeLessThan(near.areasZ);
    // close in the edge no longer covers the point symbols, only the lines
    expect(near.edge.paneZ).toBeGreaterThan(near.linesZ);
    expect(near.edge.paneZ).toBeLessThan(near.pointsZ);
    // the band is wider than the map here: a long stretch of its edge is in view
    expect(near.inside * 2).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await context.close();
  });
});
