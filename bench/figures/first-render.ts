// first-render: milliseconds from opening the full app in a fresh browser context (empty cache) until
// the map is drawn with the real data: body[data-ready="true"] and the project features on the map.
// The production build is served with its CSP headers; APP_DIST picks the build (default dist/).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
// @ts-expect-error plain ES module without type declarations
import { createAppServer } from '../../scripts/serve.mjs';
import { ensureProductionBuild, launchBenchBrowser } from '../browser';
import type { TimedFigure } from '../figure';

interface Context {
  server: Server;
  browser: Browser;
  url: string;
}

export const figure: TimedFigure<Context, void> = {
  kind: 'time',
  id: 'first-render',
  title: 'fresh load of the full app until the map and its 85 features are drawn (1440×900)',
  runs: 9,
  baselineRuns: 0,
  setup: async () => {
    if (!process.env.APP_DIST) ensureProductionBuild();
    const server = createAppServer({ dir: process.env.APP_DIST || 'dist' }) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { server, browser: await launchBenchBrowser(), url: `http://127.0.0.1:${port}/?lang=zh` };
  },
  measured: async ({ browser, url }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await page.waitForSelector('#map [data-feature-id]', { timeout: 60_000 });
    } finally {
      await context.close();
    }
  },
  teardown: async ({ server, browser }) => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
};
