// A planner's file chosen in My data's file picker of the production build, its mapping step
// confirmed, until the layer is shown on the map (its canvas). Timed in Node from choosing the file
// to the canvas in the page. Alongside: the longest task on the page's main thread over the same
// span, read from a Chromium trace (top-level task events of the renderer's main thread), so a
// freeze shows whatever its length: its wall time, which is what the user waits, and the main
// thread's CPU time in the longest task, which a loaded machine does not inflate (on two busy cores a
// task of 15 ms of CPU can take 400 ms of wall time, waiting for the garbage collector's helper
// threads and the import worker). Shared by the import figures.
import type { Browser } from 'playwright-core';
import type { AppServer } from './browser';
import { median } from './timing';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** the thread's CPU time in the event */
  tdur?: number;
  args?: { name?: string };
}

/** What Chromium calls a top-level task in its traces (the name changed between versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The longest task (ms) on any renderer main thread in a Chromium trace: by wall time, and by CPU time. */
function longestMainThreadTask(trace: Buffer): { wall: number; cpu: number } {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const longest = { wall: 0, cpu: 0 };
  for (const event of traceEvents) {
    if (!TASK_EVENTS.has(event.name) || event.ph !== 'X' || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    longest.wall = Math.max(longest.wall, (event.dur ?? 0) / 1000);
    longest.cpu = Math.max(longest.cpu, (event.tdur ?? 0) / 1000);
  }
  return longest;
}

export interface ImportTiming {
  /** ms from choosing the file to the layer's canvas on the map */
  elapsed: number;
  /** of which: ms from choosing the file to the mapping step shown (the file read for the preview) */
  toMappingStep: number;
  /** the longest main-thread task (ms of wall time) from choosing the file until the page is idle after the import */
  longestTask: number;
  /** the most main-thread CPU time (ms) one task took over the same span */
  longestTaskCpu: number;
}

/** The figure's extras: the medians of the runs' longest tasks, the warm-up run left out as its time is. */
export function longestTaskMedians(timings: readonly ImportTiming[]): Record<string, number> {
  const counted = timings.slice(1);
  return {
    longest_main_thread_task_ms: median(counted.map((timing) => timing.longestTask)),
    longest_main_thread_task_cpu_ms: median(counted.map((timing) => timing.longestTaskCpu)),
  };
}

/** Imports `file` once in a new browser context at 1440×900. */
export async function importThroughPicker(browser: Browser, server: AppServer, file: string): Promise<ImportTiming> {
  const browserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await browserContext.newPage();
    await page.goto(`${server.url}?lang=en&tab=mydata`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="user-layers-file"]', { state: 'attached' });
    await browser.startTracing(page, { categories: ['toplevel'] });
    const start = performance.now();
    await page.setInputFiles('[data-testid="user-layers-file"]', file);
    const confirm = page.locator('[data-testid="import-mapping-confirm"]');
    await confirm.waitFor({ timeout: 300_000 });
    const toMappingStep = performance.now() - start;
    await confirm.click();
    await page.waitForSelector('[data-testid="user-layer-canvas"]', { state: 'attached', timeout: 300_000 });
    const elapsed = performance.now() - start;
    // what the page still does after the layer appears (table, search, saving) counts for the freeze too
    await page.waitForSelector('[data-testid="user-layers-status"] [data-testid="import-status"]', { state: 'attached', timeout: 300_000 });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 })));
    const longest = longestMainThreadTask(await browser.stopTracing());
    return { elapsed, toMappingStep, longestTask: longest.wall, longestTaskCpu: longest.cpu };
  } finally {
    await browserContext.close();
  }
}
