// A file the app hands the user, caught as the browser downloads it: a click on the control that
// offers it, then the file's name and contents as the user would get them.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export interface Downloaded {
  /** the name the browser suggests for the file */
  name: string;
  bytes: Buffer;
  /** the bytes read as UTF-8 (a byte-order mark stays, as \ufeff) */
  text: string;
}

/** Clicks `control` and returns the file it downloads (an export may take `timeout` ms to build). */
export async function downloadFrom(control: Locator, timeout = 30_000): Promise<Downloaded> {
  const [download] = await Promise.all([control.page().waitForEvent('download', { timeout }), control.click()]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Exports the map as SVG from the export dialog, as a user would, in `lang` when given. */
export async function exportSvg(page: Page, lang?: 'zh' | 'en'): Promise<string> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
  await page.getByTestId('export-format').selectOption('svg');
  if (lang) await page.getByTestId('export-lang').selectOption(lang);
  return (await downloadFrom(page.getByTestId('export-download'), 45_000)).text;
}
