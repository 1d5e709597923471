// Shared by filter-10k and filter-100k: build the benchmark page, serve it with the production CSP,
// open it in Chromium with n features and time filter changes through window.filterBench.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
// @ts-expect-error plain ES module without type declarations
import { createAppServer } from '../../scripts/serve.mjs';
import { launchBenchBrowser } from '../browser';
import type { TimedFigure } from '../figure';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface FilterBench {
  server: Server;
  browser: Browser;
  page: Page;
}

async function open(count: number): Promise<FilterBench> {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/pages/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the benchmark page failed');
  const server = createAppServer({ dir: `${ROOT}.build/bench-pages` }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchBenchBrowser();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/?n=${count}`);
  await page.waitForFunction(() => (window as unknown as { filterBench?: { ready: boolean } }).filterBench?.ready === true, undefined, { timeout: 600_000 });
  return { server, browser, page };
}

/** In-page time from the filter change to the frame after the repaint (ms). */
const change = (variant: 'ours' | 'baseline') => async ({ page }: FilterBench): Promise<number> =>
  page.evaluate((v) => (window as unknown as { filterBench: { change(v: string): Promise<number> } }).filterBench.change(v), variant);

export function filterFigure(id: string, count: number, runs: number, baselineRuns: number): TimedFigure<FilterBench, number> {
  return {
    kind: 'time',
    id,
    title: `filter change → repainted frame, ${count.toLocaleString('en')} synthetic features (canvas feature layer vs remove-all/re-add)`,
    runs,
    baselineRuns,
    // The page times each change itself (filter change → frame after the repaint).
    timeFrom: 'answer',
    setup: () => open(count),
    measured: change('ours'),
    baseline: change('baseline'),
    teardown: async ({ server, browser }) => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
