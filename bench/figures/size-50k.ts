// size-50k: a planner's layer of 50,000 points (seeded over the economic circle, GeoJSON, with an
// investment column skewed as real project lists are: many small, few large) imported in My data of
// the production build at 1440×900, drawn on the canvas. Measured: "Size points by" set to the
// investment column in its row of "My layers", until a frame shows the canvas with the proportional
// circles (its pixels differ from before). Baseline, in the same run: "(all the same size)" chosen,
// until a frame shows the plain markers again. Both redraw the whole canvas from the layer's parts,
// which are kept between the two; the ratio is the plain draw's time over the sized draw's (below 1:
// circles cost more than squares). Timed by the page's own clock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBenchBrowser, startAppServer, type AppServer } from '../browser';
import type { TimedFigure } from '../figure';
import { randomPoints, seededRandom } from '../synthetic';

const POINTS = 50_000;
const COLUMN = '投资';

interface Context {
  server: AppServer;
  browser: Browser;
  page: Page;
  folder: string;
}

function pointsGeoJson(seed: number): string {
  const random = seededRandom(seed + 1);
  const features = randomPoints(POINTS, seed).map(([lon, lat], i) => ({
    type: 'Feature',
    // cubed: most values small, a few large, up to 1,000
    properties: { 名称: `项目${i + 1}`, [COLUMN]: Number((random() ** 3 * 1000).toFixed(1)) },
    geometry: { type: 'Point', coordinates: [Number(lon.toFixed(5)), Number(lat.toFixed(5))] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Chooses `value` in the layer's "Size points by" and resolves with the ms until the canvas shows it (first switching away if it is chosen already). */
function chooseSize(page: Page, value: string): Promise<number> {
  return page.evaluate(async ({ value, other }) => {
    // a fingerprint of the canvas's pixels in a band across the middle of the map
    const fingerprint = () => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="user-layer-canvas"]');
      if (!canvas) return '';
      const data = canvas.getContext('2d')!.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 4).data;
      let sum = 0;
      for (let k = 0; k < data.length; k++) sum = (sum * 31 + data[k]!) >>> 0;
      return `${sum}`;
    };
    const choose = (choice: string): Promise<number> => {
      const before = fingerprint();
      // the row is drawn again after each choice: its select is looked up each time
      const select = document.querySelector<HTMLSelectElement>('[data-testid="user-layer-size-by"]')!;
      const start = performance.now();
      select.value = choice;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          const print = fingerprint();
          if (print !== '' && print !== before) resolve(now - start);
          else if (now - start > 60_000) reject(new Error('the canvas never changed'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    };
    if (document.querySelector<HTMLSelectElement>('[data-testid="user-layer-size-by"]')!.value === value) await choose(other);
    // settle before the timed choice: the row and the scene follow the untimed one
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 }));
    return choose(value);
  }, { value, other: value === '' ? COLUMN : '' });
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'size-50k',
  title: '"Size points by" a column for an imported layer of 50,000 points until the canvas shows the circles (1440×900); baseline: back to plain markers',
  runs: 9,
  baselineRuns: 5,
  timeFrom: 'answer',
  setup: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'size-50k-'));
    const file = join(folder, 'projects-50k.geojson');
    writeFileSync(file, pointsGeoJson(50_000));
    const server = await startAppServer();
    const browser = await launchBenchBrowser();
    const browserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx names the functions declared inside page.evaluate callbacks with a __name helper the page lacks
    await browserContext.addInitScript('window.__name = (f) => f;');
    const page = await browserContext.newPage();
    await page.goto(`${server.url}?lang=en&tab=mydata`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.setInputFiles('[data-testid="user-layers-file"]', file);
    await page.waitForSelector('[data-testid="user-layer-canvas"]', { state: 'attached', timeout: 300_000 });
    await page.waitForSelector('[data-testid="user-layer-size-by"]', { state: 'attached', timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
    return { server, browser, page, folder };
  },
  measured: ({ page }) => chooseSize(page, COLUMN),
  baseline: ({ page }) => chooseSize(page, ''),
  teardown: async ({ server, browser, folder }) => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  },
};
