// Command-line export: the same picture the browser's Export dialog makes, because it IS the
// browser's Export dialog. Serves the built app, opens the permalink in headless Chromium, drives
// the dialog like a user and saves the download.
//   npm run export -- --url "<permalink or ?query>" --preset a4-landscape --dpi 300 --format png --out briefing.png
//   npm run export -- --batch jobs.json
// APP_DIST selects the build to serve (default dist/, built first when missing).
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error plain ESM script without type declarations
import { createAppServer } from './serve.mjs';
import { parseBatch, parseCliArgs, USAGE, type ExportJob } from '../src/export-ui/cli-options.ts';
import { resolvePreset } from '../src/export/presets.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-args.mjs';

/** The viewport the map is laid out in: the exported bounds are the map's bounds at this size. */
export const CLI_VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT_MS = 120_000;

function checkWritable(out: string): void {
  const path = resolve(out);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`Cannot write ${path}: the folder ${dir} does not exist`);
  try {
    accessSync(existsSync(path) ? path : dir, constants.W_OK);
  } catch {
    throw new Error(`Cannot write ${path}: permission denied`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new Error(`Cannot write ${path}: it is a folder`);
}

function ensureBuild(dist: string): void {
  if (existsSync(resolve(dist, 'index.html'))) return;
  console.error(`No build in ${dist}/: running "npm run build"…`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Opens the app; a URL the app reports problems with stops the export. */
async function openApp(page: Page, appUrl: string, job: ExportJob): Promise<void> {
  await page.goto(appUrl + job.query);
  await page.waitForSelector('body[data-ready]', { timeout: TIMEOUT_MS });
  const notices = (await page.getByTestId('notice').allTextContents()).map((text) => text.replace(/×$/, '').trim());
  if ((await page.getAttribute('body', 'data-ready')) !== 'true') throw new Error(`The app did not load: ${notices.join('; ') || 'unknown reason'}`);
  if (notices.length > 0) throw new Error(`The URL has problems (${job.query}):\n  ${notices.join('\n  ')}`);
}

async function exportOne(page: Page, appUrl: string, job: ExportJob): Promise<string> {
  await openApp(page, appUrl, job);
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-preset').selectOption(job.preset);
  if (job.dpi !== undefined && (await page.getByTestId('export-dpi').isEnabled())) await page.getByTestId('export-dpi').selectOption(String(job.dpi));
  await page.getByTestId('export-format').selectOption(job.format);
  if (job.lang) await page.getByTestId('export-lang').selectOption(job.lang);
  // typed after the language, whose change refreshes the default texts
  if (job.title !== undefined) await page.getByTestId('export-title').fill(job.title);
  if (job.subtitle !== undefined) await page.getByTestId('export-subtitle').fill(job.subtitle);
  if (job.note !== undefined) await page.getByTestId('export-note').fill(job.note);
  // the footer cites the --url given, never this temporary server's address
  await page.getByTestId('export-link').fill(job.link);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT_MS }), page.getByTestId('export-download').click()]);
  const problem = (await page.getByTestId('export-error').textContent())?.trim();
  if (problem) console.error(`Warning: ${problem}`);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const out = resolve(job.out);
  await download.saveAs(out);
  return out;
}

async function run(jobs: ExportJob[]): Promise<void> {
  for (const job of jobs) checkWritable(job.out);
  const dist = process.env.APP_DIST || 'dist';
  ensureBuild(dist);
  const server = createAppServer({ dir: dist, base: '/' }) as Server;
  const appUrl = await listen(server);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: CLI_VIEWPORT, locale: 'zh-CN', acceptDownloads: true });
    for (const job of jobs) {
      const page = await context.newPage();
      const out = await exportOne(page, appUrl, job);
      const size = resolvePreset(job.preset, job.dpi);
      const pageSize = job.format === 'pdf' && size.widthMm !== null ? `${size.widthMm}×${size.heightMm} mm` : `${size.widthPx}×${size.heightPx} px, ${size.dpi} dpi`;
      console.log(`Wrote ${out} (${job.preset}, ${pageSize}, ${job.format.toUpperCase()})`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<number> {
  const request = parseCliArgs(process.argv.slice(2));
  if (request.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  const jobs = request.kind === 'single' ? [request.job] : parseBatch(readFileSync(request.file, 'utf8'), request.file);
  await run(jobs);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
