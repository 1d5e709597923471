// Command-line export: the same picture the browser's Export dialog makes, because it IS the
// browser's Export dialog. Serves the built app, opens the permalink in headless Chromium, drives
// the dialog like a user and saves the download.
//   npm run export -- --url "<permalink or ?query>" --preset a4-landscape --dpi 300 --format png --out briefing.png
//   npm run export -- --url "<permalink>" --atlas prefecture --format png --out atlas-pages/   (a folder of PNG pages)
//   npm run export -- --batch jobs.json
// APP_DIST selects the build to serve (default dist/, built first when missing).
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
// @ts-expect-error plain ESM script without type declarations
import { createAppServer } from './serve.mjs';
import { parseBatchEntries, parseCliArgs, USAGE, type BatchEntry, type ExportJob } from '../src/export-ui/cli-options.ts';
import { resolvePreset } from '../src/export/presets.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-args.mjs';

/** The viewport the map is laid out in: the exported bounds are the map's bounds at this size. */
export const CLI_VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT_MS = 120_000;

function checkWritable(out: string): void {
  const path = resolve(out);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`Cannot write ${path}: the folder ${dir} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new Error(`Cannot write ${path}: it is a folder`);
  // Opening the file is the only honest test: a permission check says yes to root everywhere, even
  // in /proc or on a read-only disk. A file made only for the test is removed again.
  const existed = existsSync(path);
  try {
    closeSync(openSync(path, 'a'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the disk is read-only' : `the system refused (${code ?? String(error)})`;
    throw new Error(`Cannot write ${path}: ${reason}`);
  }
  if (!existed) unlinkSync(path);
}

/** An atlas of PNG pages goes into a folder: made when missing (its parent must exist), and written to. */
function checkFolder(out: string): void {
  const path = resolve(out);
  if (existsSync(path) && !statSync(path).isDirectory()) throw new Error(`Cannot write the pages into ${path}: it is a file, not a folder`);
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory()) throw new Error(`Cannot make the folder ${path}: the folder ${dirname(path)} does not exist`);
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new Error(`Cannot make the folder ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  checkWritable(join(path, '.export-check'));
}

/** The job writes a folder of pages rather than one file. */
function writesFolder(job: ExportJob): boolean {
  return job.atlas !== undefined && job.format === 'png';
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
  // Several notices are one summary with a list; one notice is its text.
  const listed = await page.locator('[data-testid="notice-list"] li').allTextContents();
  const notices = (listed.length > 0 ? listed : await page.locator('[data-testid="notice"] .notice-text').allTextContents()).map((text) => text.trim());
  if ((await page.getAttribute('body', 'data-ready')) !== 'true') throw new Error(`The app did not load: ${notices.join('; ') || 'unknown reason'}`);
  if (notices.length > 0) throw new Error(`The URL has problems (${job.query}):\n  ${notices.join('\n  ')}`);
}

async function exportOne(page: Page, appUrl: string, job: ExportJob): Promise<string> {
  await openApp(page, appUrl, job);
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-preset').selectOption(job.preset);
  if (job.dpi !== undefined && (await page.getByTestId('export-dpi').isEnabled())) await page.getByTestId('export-dpi').selectOption(String(job.dpi));
  // the atlas first: choosing one offers PDF, and the format given then overrides it
  if (job.atlas) await page.getByTestId('export-atlas').selectOption(job.atlas);
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
  // a legend that leaves the map less than its share of the page (e.g. both languages on a square)
  const cramped = (await page.getByTestId('export-fit').textContent())?.trim();
  if (cramped) console.error(`Note: ${cramped}`);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const out = resolve(job.out);
  if (!writesFolder(job)) {
    await download.saveAs(out);
    return out;
  }
  // the dialog gives the PNG pages as one .zip: unpacked into the folder
  const scratch = mkdtempSync(join(tmpdir(), 'chengyu-atlas-'));
  try {
    const zip = join(scratch, 'pages.zip');
    await download.saveAs(zip);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(out, basename(name)), bytes);
    return `${out}: ${Object.keys(files).length} pages`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface Failure {
  entry: number | undefined;
  out: string | undefined;
  reason: string;
}

/** Runs every job it can; returns the failures (a single job's failure is thrown instead). */
async function run(entries: BatchEntry[], batch: boolean): Promise<Failure[]> {
  const failures: Failure[] = [];
  const fail = (entry: BatchEntry, out: string | undefined, error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    if (!batch) throw error instanceof Error ? error : new Error(reason);
    failures.push({ entry: entry.entry, out, reason });
    console.error(`Entry ${entry.entry}${out ? ` (${out})` : ''} failed: ${reason}`);
  };
  // Every output is checked before Chromium starts, so a typo costs no rendering time.
  const runnable: { entry: BatchEntry; job: ExportJob }[] = [];
  for (const entry of entries) {
    if (!('job' in entry)) {
      fail(entry, entry.out, new Error(entry.error));
      continue;
    }
    try {
      if (writesFolder(entry.job)) checkFolder(entry.job.out);
      else checkWritable(entry.job.out);
      runnable.push({ entry, job: entry.job });
    } catch (error) {
      fail(entry, entry.job.out, error);
    }
  }
  if (runnable.length === 0) return failures;
  const dist = process.env.APP_DIST || 'dist';
  ensureBuild(dist);
  const server = createAppServer({ dir: dist, base: '/' }) as Server;
  const appUrl = await listen(server);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: CLI_VIEWPORT, locale: 'zh-CN', acceptDownloads: true });
    for (const { entry, job } of runnable) {
      const page = await context.newPage();
      try {
        const out = await exportOne(page, appUrl, job);
        const size = resolvePreset(job.preset, job.dpi);
        const pageSize = job.format === 'pdf' && size.widthMm !== null ? `${size.widthMm}×${size.heightMm} mm` : `${size.widthPx}×${size.heightPx} px, ${size.dpi} dpi`;
        console.log(`Wrote ${out} (${job.preset}, ${pageSize}, ${job.format.toUpperCase()})`);
      } catch (error) {
        fail(entry, job.out, error);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return failures;
}

async function main(): Promise<number> {
  const request = parseCliArgs(process.argv.slice(2));
  if (request.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (request.kind === 'single') {
    await run([{ entry: 1, job: request.job }], false);
    return 0;
  }
  const entries = parseBatchEntries(readFileSync(request.file, 'utf8'), request.file);
  const failures = await run(entries, true);
  if (failures.length === 0) return 0;
  console.error(`\n${request.file}: ${entries.length - failures.length} of ${entries.length} written; ${failures.length} failed:`);
  for (const failure of failures) console.error(`  entry ${failure.entry}${failure.out ? ` (${failure.out})` : ''}: ${failure.reason.split('\n').join('\n    ')}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
