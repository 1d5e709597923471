// import-xlsx-50k: a planner's Excel workbook of 50,000 points (seeded, Chinese headers, numbers
// stored as numbers) chosen in My data's file picker of the production build, its mapping step
// confirmed, until the layer is shown on the map. Baseline: the same rows as CSV, the plain way in.
// The workbook is unzipped and its sheet parsed in the import worker; the ratio (below 1) is what
// Excel costs over CSV. Alongside: the longest main-thread task during the workbook's import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { launchBenchBrowser, startAppServer, type AppServer } from '../browser';
import { importThroughPicker, longestTaskMedians, type ImportTiming } from '../import-page';
import type { TimedFigure } from '../figure';
import { median } from '../timing';
import { pointsCsv, pointsTable } from '../synthetic';

const ROWS = 50_000;
const SEED = 50_000;
/** columns written as numbers in the workbook, as Excel keeps them: longitude, latitude, investment */
const NUMBER_COLUMNS = new Set([1, 2, 4]);

interface Context {
  server: AppServer;
  browser: Browser;
  folder: string;
  workbook: string;
  csv: string;
  timings: ImportTiming[];
}

export const figure: TimedFigure<Context, number> = {
  kind: 'time',
  id: 'import-xlsx-50k',
  title: 'a 50,000-row Excel workbook of points chosen in My data until its layer is on the map (1440×900); baseline: the same rows as CSV',
  runs: 3,
  baselineRuns: 3,
  setup: async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-xlsx-50k-'));
    const table = pointsTable(ROWS, SEED);
    const rows = table.map((row, index) => (index === 0 ? row : row.map((cell, column) => (NUMBER_COLUMNS.has(column) ? Number(cell) : cell))));
    const workbook = join(folder, 'sites-50k.xlsx');
    writeFileSync(workbook, await writeXlsxFile(rows).toBuffer());
    const csv = join(folder, 'sites-50k.csv');
    writeFileSync(csv, pointsCsv(ROWS, SEED));
    return { server: await startAppServer(), browser: await launchBenchBrowser(), folder, workbook, csv, timings: [] };
  },
  measured: async (context) => {
    const timing = await importThroughPicker(context.browser, context.server, context.workbook);
    context.timings.push(timing);
    return timing.elapsed;
  },
  baseline: async (context) => (await importThroughPicker(context.browser, context.server, context.csv)).elapsed,
  // the split shows what the confirmation costs once the worker already holds the parsed workbook
  // (the warm-up run left out, as its time is)
  extra: (context) => {
    const counted = context.timings.slice(1);
    return {
      ...longestTaskMedians(context.timings),
      to_mapping_step_ms: median(counted.map((timing) => timing.toMappingStep)),
      confirm_to_layer_ms: median(counted.map((timing) => timing.elapsed - timing.toMappingStep)),
    };
  },
  teardown: async ({ server, browser, folder }) => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  },
};
