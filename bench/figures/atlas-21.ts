// atlas-21: the Export dialog's atlas, one page per Sichuan prefecture (21 map pages after a contents
// page) as one A4 portrait PDF, full dataset, in headless Chromium: Download until the file arrives.
// The PDF part and its font are fetched in the untimed warm-up. Target: ≤ 30 s median.
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

const FILE = 'chengyu-map-a4-portrait-atlas-prefecture.pdf';

async function download(page: Page): Promise<number> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-download').click()]);
  if (file.suggestedFilename() !== FILE) throw new Error(`unexpected download ${file.suggestedFilename()}`);
  await file.delete();
  return 1;
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'atlas-21',
  title: 'Export dialog: atlas of the 21 Sichuan prefectures, one A4 portrait PDF with contents',
  runs: 3,
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
    await page.getByTestId('export-preset').selectOption('a4-portrait');
    await page.getByTestId('export-atlas').selectOption('prefecture');
    await download(page); // warm-up: the PDF part and its font
    return { server, browser, page };
  },
  measured: ({ page }) => download(page),
  teardown: async ({ server, browser }) => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
};
