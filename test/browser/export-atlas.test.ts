// The Export dialog's "One page per…" beyond prefectures: one page per zone, as one PDF whose
// contents page lists every zone shown, each on a page of its own titled with its name, or as PNG
// pages in one .zip.
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './harness';
import { downloadFrom } from './support/download';
import { readPdf } from '../export/pdf/pdf-text';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { readTitle } from '../export/png-read';

const browser = useBrowser();

describe('export atlas by zone', () => {
  it('downloads one PDF: a contents page, then one titled page per shown zone', async () => {
    // only the platforms' layer: of its projects, the planning area, the two metropolitan areas and the FTZ cooperation platform have an extent
    const { page, errors } = await openApp(browser, { query: '?lang=en&hide=corridor,pilot_zone,industrial_park' });
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    await page.getByTestId('export-preset').selectOption('a4-portrait');
    await page.getByTestId('export-atlas').selectOption('zone');
    expect(await page.getByTestId('export-format').inputValue()).toBe('pdf');
    const download = await downloadFrom(page.getByTestId('export-download'), 90_000);
    expect(download.name).toBe('chengyu-map-a4-portrait-atlas-zone.pdf');
    const pages = await readPdf(new Uint8Array(download.bytes));
    const text = (i: number) => pages[i]!.text.replace(/\s+/g, ' ');
    expect(pages.length).toBe(1 + 4);
    expect(text(0)).toContain('Contents');
    expect(text(0)).toContain('Chengdu-Chongqing Economic Circle planning area');
    expect(text(0)).toContain('page 5');
    expect(pages.slice(1).some((_, i) => text(i + 1).includes('Chengdu-Chongqing Economic Circle planning area'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('downloads PNG pages in one .zip: a contents page, then one page per zone, at the preset\'s size, each named and titled', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en&hide=corridor,pilot_zone,industrial_park' });
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    await page.getByTestId('export-preset').selectOption('a4-landscape');
    await page.getByTestId('export-dpi').selectOption('150');
    await page.getByTestId('export-atlas').selectOption('zone');
    // SVG cannot hold an atlas; PNG can
    expect(await page.locator('[data-testid="export-format"] option[value="svg"]').isDisabled()).toBe(true);
    await page.getByTestId('export-format').selectOption('png');
    const download = await downloadFrom(page.getByTestId('export-download'), 120_000);
    expect(download.name).toBe('chengyu-map-a4-landscape-150dpi-atlas-zone.zip');
    const files = unzipSync(new Uint8Array(download.bytes));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(1 + 4);
    expect(names[0]).toBe('01-contents.png');
    expect(names.every((name) => /^0[1-5]-[a-z0-9-]+\.png$/.test(name))).toBe(true);
    // A4 at 150 dpi: 297 × 210 mm = 1754 × 1240 px
    for (const name of names) {
      const png = PNG.sync.read(Buffer.from(files[name]!));
      expect([png.width, png.height]).toEqual([1754, 1240]);
    }
    const titles = names.map((name) => readTitle(files[name]!));
    expect(titles.slice(1)).toContain('Chengdu-Chongqing Economic Circle planning area');
    expect(titles.every((title) => title !== null && title.length > 0)).toBe(true);
    expect(errors).toEqual([]);
  }, 180_000);
});
