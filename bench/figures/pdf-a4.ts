// pdf-a4: the Export dialog's vector PDF, A4 landscape, full dataset, in headless Chromium, as a user
// does it: Download until the file arrives. Covers rendering the SVG page, subsetting the font to the
// glyphs used and drawing the page with pdf-lib. The PDF part and its font are fetched in the untimed
// warm-up. Baseline, in the same run: the same page as a 300 dpi PNG (export-a4-300's work).
// Target: ≤ 3 s median. APP_DIST selects the build (default dist/, built first when missing).
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

async function download(page: Page, format: 'pdf' | 'png', expected: string): Promise<number> {
  await page.getByTestId('export-format').selectOption(format);
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-download').click()]);
  const name = file.suggestedFilename();
  if (name !== expected) throw new Error(`unexpected download ${name}`);
  await file.delete();
  return 1;
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'pdf-a4',
  title: 'Export dialog: A4 landscape vector PDF, full dataset (baseline: the same page as a 300 dpi PNG)',
  runs: 5,
  baselineRuns: 3,
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
    // warm-up: fetches the PDF part, its font and the PNG font once
    await download(page, 'pdf', 'chengyu-map-a4-landscape.pdf');
    await download(page, 'png', 'chengyu-map-a4-landscape-300dpi.png');
    return { server, browser, page };
  },
  measured: ({ page }) => download(page, 'pdf', 'chengyu-map-a4-landscape.pdf'),
  baseline: ({ page }) => download(page, 'png', 'chengyu-map-a4-landscape-300dpi.png'),
  teardown: async ({ server, browser }) => {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
};
