// recolour-50k: a planner's layer of 50,000 polygons (seeded squares over the economic circle,
// GeoJSON) imported in My data of the production build at 1440×900, then given a new colour in its
// row of "My layers" (the colour input's change, as the colour picker sends it). Timed by the page's
// own clock, from the change until a frame shows the canvas in the new colour (its pixels over the
// layer differ from before). Imported layers have one colour each (no classes): this is the restyle
// a planner makes of a large imported polygon layer.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBenchBrowser, startAppServer, type AppServer } from '../browser';
import type { TimedFigure } from '../figure';
import { CIRCLE_BOX, seededRandom } from '../synthetic';

const POLYGONS = 50_000;
const COLUMNS = 250;
const COLOURS = ['#1b7837', '#762a83', '#b35806', '#2166ac'];

interface Context {
  server: AppServer;
  browser: Browser;
  page: Page;
  folder: string;
  next: number;
}

/** 50,000 squares on a 250 × 200 grid over the circle, each nudged by a seeded amount, with a name and a value. */
function squaresGeoJson(seed: number): string {
  const random = seededRandom(seed);
  const [west, south, east, north] = CIRCLE_BOX;
  const rows = POLYGONS / COLUMNS;
  const [dx, dy] = [(east - west) / COLUMNS, (north - south) / rows];
  const features = [];
  for (let i = 0; i < POLYGONS; i++) {
    const x = west + (i % COLUMNS) * dx + random() * dx * 0.1;
    const y = south + Math.floor(i / COLUMNS) * dy + random() * dy * 0.1;
    const [x1, y1] = [x + dx * 0.85, y + dy * 0.85].map((v) => Number(v.toFixed(5)));
    const [x0, y0] = [Number(x.toFixed(5)), Number(y.toFixed(5))];
    features.push({
      type: 'Feature',
      properties: { 名称: `地块${i + 1}`, 面积: Number((random() * 10).toFixed(2)) },
      geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'recolour-50k',
  title: 'a new colour for an imported layer of 50,000 polygons until the canvas shows it (1440×900)',
  runs: 9,
  baselineRuns: 0,
  timeFrom: 'answer',
  setup: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'recolour-50k-'));
    const file = join(folder, 'parcels-50k.geojson');
    writeFileSync(file, squaresGeoJson(50_000));
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
    await page.waitForSelector('[data-testid="user-layers-status"] [data-testid="import-status"]', { state: 'attached', timeout: 300_000 });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
    return { server, browser, page, folder, next: 0 };
  },
  measured: async (context) => {
    const colour = COLOURS[context.next++ % COLOURS.length]!;
    return context.page.evaluate(async (colour) => {
      // a fingerprint of the canvas's pixels in a band across the middle of the map
      const fingerprint = () => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="user-layer-canvas"]');
        if (!canvas) return '';
        const data = canvas.getContext('2d')!.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 4).data;
        let sum = 0;
        for (let k = 0; k < data.length; k++) sum = (sum * 31 + data[k]!) >>> 0;
        return `${sum}`;
      };
      const before = fingerprint();
      const input = document.querySelector<HTMLInputElement>('[data-testid="user-layer-colour"]')!;
      const start = performance.now();
      input.value = colour;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise<number>((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          const print = fingerprint();
          if (print !== '' && print !== before) resolve(now - start);
          else if (now - start > 60_000) reject(new Error('the canvas never showed the new colour'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, colour);
  },
  teardown: async ({ server, browser, folder }) => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  },
};
