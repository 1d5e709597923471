// import-200k: a planner's CSV of 200,000 points (seeded) chosen in My data's file picker of the
// production build, its mapping step confirmed, until the layer is shown on the map (its row in the
// panel and its canvas). Timed in Node from choosing the file to the canvas in the page. Alongside:
// the longest task on the page's main thread over the same span, read from a Chromium trace
// (top-level task events of the renderer's main thread), so a freeze shows whatever its length.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBenchBrowser, startAppServer, type AppServer } from '../browser';
import type { TimedFigure } from '../figure';
import { median } from '../timing';
import { pointsCsv } from '../synthetic';

const ROWS = 200_000;

interface Context {
  server: AppServer;
  browser: Browser;
  folder: string;
  file: string;
  longestTasks: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** What Chromium calls a top-level task in its traces (the name changed between versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The longest task (ms) on any renderer main thread in a Chromium trace. */
function longestMainThreadTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let longest = 0;
  for (const event of traceEvents) {
    if (TASK_EVENTS.has(event.name) && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`)) longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

async function importOnce(context: Context): Promise<number> {
  const browserContext = await context.browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await browserContext.newPage();
    await page.goto(`${context.server.url}?lang=en&tab=mydata`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="user-layers-file"]', { state: 'attached' });
    await context.browser.startTracing(page, { categories: ['toplevel'] });
    const start = performance.now();
    await page.setInputFiles('[data-testid="user-layers-file"]', context.file);
    await page.locator('[data-testid="import-mapping-confirm"]').click({ timeout: 300_000 });
    await page.waitForSelector('[data-testid="user-layer-canvas"]', { state: 'attached', timeout: 300_000 });
    const elapsed = performance.now() - start;
    // what the page still does after the layer appears (table, search, saving) counts for the freeze too
    await page.waitForSelector('[data-testid="user-layers-status"] [data-testid="import-status"]', { state: 'attached', timeout: 300_000 });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    context.longestTasks.push(longestMainThreadTask(await context.browser.stopTracing()));
    return elapsed;
  } finally {
    await browserContext.close();
  }
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'import-200k',
  title: 'a 200,000-row CSV of points chosen in My data until its layer is on the map (1440×900); extra: longest main-thread task',
  runs: 5,
  baselineRuns: 0,
  setup: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-200k-'));
    const file = join(folder, 'sites-200k.csv');
    writeFileSync(file, pointsCsv(ROWS, 200_000));
    return { server: await startAppServer(), browser: await launchBenchBrowser(), folder, file, longestTasks: [] };
  },
  measured: (context) => importOnce(context),
  // the warm-up run's task is left out, as its time is
  extra: (context) => ({ longest_main_thread_task_ms: median(context.longestTasks.slice(1)) }),
  teardown: async ({ server, browser, folder }) => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  },
};
