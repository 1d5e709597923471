// embed-first-render: milliseconds from opening the embed (?embed=1) in a fresh browser context
// (empty cache) until it reports its first view drawn (body[data-ready="true"]): map, features,
// legend and summary. The production build is served with its CSP headers. APP_DIST picks the build
// (default dist/, built first when missing). embed-first-render-cpu4x reuses this with the CPU
// slowed four times through the DevTools protocol, as on a mid-range phone.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
// @ts-expect-error plain ES module without type declarations
import { createAppServer } from '../../scripts/serve.mjs';
import { ensureProductionBuild, launchBenchBrowser } from '../browser';
import type { TimedFigure } from '../figure';

export const EMBED_QUERY = '?embed=1&lang=zh';

export interface EmbedBench {
  server: Server;
  browser: Browser;
  url: string;
}

export async function startEmbedBench(): Promise<EmbedBench> {
  if (!process.env.APP_DIST) ensureProductionBuild();
  const server = createAppServer({ dir: process.env.APP_DIST || 'dist', base: '/news/chengyu/' }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchBenchBrowser();
  return { server, browser, url: `http://127.0.0.1:${port}/news/chengyu/${EMBED_QUERY}` };
}

export async function stopEmbedBench({ server, browser }: EmbedBench): Promise<void> {
  await browser.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** One fresh load; returns nothing, the runner times the whole call. */
export async function loadEmbedOnce({ browser, url }: EmbedBench, cpuThrottlingRate: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 640, height: 720 } });
  try {
    const page = await context.newPage();
    if (cpuThrottlingRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
    }
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  } finally {
    await context.close();
  }
}

export function embedRenderFigure(id: string, title: string, cpuThrottlingRate: number, runs: number): TimedFigure<EmbedBench, void> {
  return {
    kind: 'time',
    id,
    title,
    runs,
    baselineRuns: 0,
    setup: startEmbedBench,
    measured: (bench) => loadEmbedOnce(bench, cpuThrottlingRate),
    teardown: stopEmbedBench,
  };
}

export const figure = embedRenderFigure('embed-first-render', 'embed: fresh load to first view drawn (Chromium, empty cache)', 1, 9);
