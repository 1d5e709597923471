// import-200k: a planner's CSV of 200,000 points (seeded) chosen in My data's file picker of the
// production build, its mapping step confirmed, until the layer is shown on the map; alongside, the
// longest task on the page's main thread (bench/import-page.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBenchBrowser, startAppServer, type AppServer } from '../browser';
import { importThroughPicker, longestTaskMedians, type ImportTiming } from '../import-page';
import type { TimedFigure } from '../figure';
import { pointsCsv } from '../synthetic';

const ROWS = 200_000;

interface Context {
  server: AppServer;
  browser: Browser;
  folder: string;
  file: string;
  timings: ImportTiming[];
}

async function importOnce(context: Context): Promise<number> {
  const timing = await importThroughPicker(context.browser, context.server, context.file);
  context.timings.push(timing);
  return timing.elapsed;
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
    return { server: await startAppServer(), browser: await launchBenchBrowser(), folder, file, timings: [] };
  },
  measured: (context) => importOnce(context),
  extra: (context) => longestTaskMedians(context.timings),
  teardown: async ({ server, browser, folder }) => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  },
};
