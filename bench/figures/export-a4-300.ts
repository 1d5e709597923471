// export-a4-300: building and rasterising an A4 landscape PNG at 300 dpi (3508×2480) of the full
// dataset in headless Chromium, as a user does it: Download in the Export dialog until the file
// arrives. Covers rendering the SVG with the embedded font, drawing it into a canvas, PNG encoding
// and writing pHYs. The font fetch happens in the untimed warm-up run. Target: ≤ 3 s median.
// APP_DIST selects the build (default dist/, built first when missing).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error plain ES module without type declarations
import { createAppServer } from '../../scripts/serve.mjs';
import { ensureProductionBuild, launchBenchBrowser } from '../browser';
import type { TimedFigure } from '../figure';

interface Context {
  server: Server;
  browser: Browser;
  page: Page;
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'export-a4-300',
  title: 'Export dialog: A4 landscape PNG at 300 dpi, full dataset, in headless Chromium',
  runs: 5,
  baselineRuns: 0,
  setup: async () => {
    const dir = process.env.APP_DIST || 'dist';
    if (!process.env.APP_DIST) ensureProductionBuild();
    const server = createAppServer({ dir, base: '/' }) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchBenchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?lang=zh`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-preset').selectOption('a4-landscape');
    await page.getByTestId('export-dpi').selectOption('300');
    await page.getByTestId('export-format').selectOption('png');
    return { server, browser, page };
  },
  measured: async ({ page }) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-download').click()]);
    const name = download.suggestedFilename();
    if (name !== 'chengyu-map-a4-landscape-300dpi.png') throw new Error(`unexpected download ${name}`);
    await download.delete();
    return 1;
  },
  teardown: async ({ server, browser }) => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
};
