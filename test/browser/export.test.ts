// The Export dialog as a user meets it: open, choose, download, look at the file. Also cancel,
// Escape, and what happens when the embedded font cannot be fetched.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { readPhys } from '../export/png-read';
import { afterMapMove, useBrowser, openApp, query, settledUrl } from './harness';
import { downloadFrom, type Downloaded } from './support/download';
import { pdfFillColours, readPdf } from '../export/pdf/pdf-text';

const browser = useBrowser();

async function openDialog(page: Page): Promise<void> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
}

async function choose(page: Page, options: { preset?: string; dpi?: string; format?: string; lang?: string }): Promise<void> {
  if (options.preset) await page.getByTestId('export-preset').selectOption(options.preset);
  if (options.dpi) await page.getByTestId('export-dpi').selectOption(options.dpi);
  if (options.format) await page.getByTestId('export-format').selectOption(options.format);
  if (options.lang) await page.getByTestId('export-lang').selectOption(options.lang);
}

async function downloadBytes(page: Page): Promise<{ download: Downloaded; bytes: Buffer }> {
  const download = await downloadFrom(page.getByTestId('export-download'), 45_000);
  return { download, bytes: download.bytes };
}

/** Variance of the grey level over a region: 0 for a blank (single-colour) area. */
function greyVariance(png: PNG, x0: number, y0: number, w: number, h: number): number {
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = (y * png.width + x) * 4;
      const grey = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
      sum += grey;
      sumSq += grey * grey;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

function subtypesIn(file: string): Map<string, number> {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { subtype: string } }[] };
  const counts = new Map<string, number>();
  for (const f of collection.features) counts.set(f.properties.subtype, (counts.get(f.properties.subtype) ?? 0) + 1);
  return counts;
}

describe('export dialog', () => {
  it('downloads an A4 landscape PNG at 150 dpi with its size, print resolution and a drawn map', async () => {
    // the joint projects: few enough for every number's key row to fit on the page beside the map
    const { page, errors } = await openApp(browser, { query: '?lang=zh&lvl=joint' });
    await openDialog(page);
    await choose(page, { preset: 'a4-landscape', dpi: '150', format: 'png' });
    const { download, bytes } = await downloadBytes(page);
    expect(download.name).toBe('chengyu-map-a4-landscape-150dpi.png');
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1754, 1240]);
    const phys = readPhys(new Uint8Array(bytes));
    // pHYs stores pixels per metre: 150 dpi = 150 / 0.0254 m ≈ 5906 px/m (reads back as 150.01 dpi)
    expect(phys?.unit).toBe(1);
    expect(phys?.pixelsPerUnitX).toBe(5906);
    expect(phys?.pixelsPerUnitY).toBe(5906);
    expect(phys?.dpiX).toBeCloseTo(150, 1);
    expect(greyVariance(png, 0, 0, png.width, png.height)).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('chengyu-map-a4-landscape-150dpi.png');
    expect(errors).toEqual([]);
  });

  it('a slide of the whole view is exactly 1920×1080, its key saying how many more projects it shows without a number', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    await openDialog(page);
    await choose(page, { preset: 'slide-16x9', format: 'png', lang: 'en' });
    const { bytes } = await downloadBytes(page);
    // the PNG header's size: the slide's, whatever the key
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    const png = PNG.sync.read(bytes);
    expect(greyVariance(png, 0, 0, png.width, png.height)).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toBe('Downloaded chengyu-map-slide-16x9.png');
    // the same page as an SVG: its key closes with the count of the projects shown without a name or number
    await choose(page, { preset: 'slide-16x9', format: 'svg', lang: 'en' });
    const svg = (await downloadBytes(page)).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080" viewBox="0 0 1920 1080"/);
    const drawn = new Set([...svg.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!));
    const named = new Set([...svg.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]!));
    const listed = [...svg.matchAll(/<g class="key-row" data-number="\d+" data-ids="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '));
    const closing = /class="key-unnumbered" data-count="(\d+)"[^>]*>(.*?)<\/text>/.exec(svg);
    expect(closing).not.toBeNull();
    expect(Number(closing![1])).toBe(drawn.size - named.size - listed.length);
    expect([...closing![2]!.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ')).toMatch(new RegExp(`^${closing![1]} more projects are shown but not numbered: the PDF, or a filter, lists them all$`));
    expect(errors).toEqual([]);
  });

  it('says when the legend leaves the map a small share of the page (every layer in both languages on a square) and what gives it more room; in one language it says nothing', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    await openDialog(page);
    const fit = page.getByTestId('export-fit');
    await choose(page, { preset: 'square', format: 'svg', lang: 'both' });
    await expect.poll(() => fit.isVisible()).toBe(true);
    const share = Number(/^The legend is long, so the map takes only (\d+)% of this page\. One language, fewer layers or a larger page gives the map more room\.$/.exec((await fit.textContent()) ?? '')?.[1]);
    expect(share).toBeGreaterThan(10);
    expect(share).toBeLessThan(55);
    // the downloaded page is the one the note describes: a map frame much less than half the square's height
    const svg = (await downloadBytes(page)).bytes.toString('utf8');
    const frameHeight = Number(/<rect class="map-frame" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"/.exec(svg)![1]);
    expect(frameHeight).toBeLessThan(1080 * 0.45);
    await expect.poll(() => fit.isVisible()).toBe(true);
    // in Chinese alone the legend is short enough: no note
    await choose(page, { lang: 'zh' });
    await expect.poll(() => fit.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('downloads an SVG with real text, paper size in mm and a legend of the layers on the map', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    await openDialog(page);
    await choose(page, { preset: 'a4-landscape', dpi: '300', format: 'svg', lang: 'en' });
    await page.getByTestId('export-title').fill('Briefing: corridors & zones');
    const { download, bytes } = await downloadBytes(page);
    expect(download.name).toBe('chengyu-map-a4-landscape-300dpi.svg');
    const svg = bytes.toString('utf8');
    // exactly A4, whatever the whole view's numbered key
    expect(svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 3508 2480"/);
    expect(svg).toMatch(/<text class="title"[^>]*><tspan [^>]*>Briefing: corridors &amp; zones<\/tspan><\/text>/);
    // nothing is filtered, so every subtype in the dataset is a legend row with its full count
    const expected = subtypesIn('public/data/features.json');
    const rows = new Map([...svg.matchAll(/class="legend-item" data-key="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(rows).toEqual(expected);
    // the map's locator inset, in the export's language, with the scale bar and north arrow
    expect(svg).toContain('<title>Locator: Sichuan and Chongqing within China</title>');
    expect(svg).toMatch(/<g class="scale-bar" data-km="\d+"/);
    expect(svg).toContain('<g class="north-arrow">');
    expect(errors).toEqual([]);
  });

  it('downloads a vector A4 portrait PDF whose text a reader can search: title, a Chinese place name, the link', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=zh' });
    await openDialog(page);
    await choose(page, { preset: 'a4-portrait', format: 'pdf', lang: 'both' });
    await page.getByTestId('export-title').fill('川渝项目简报 Project briefing');
    await page.getByTestId('export-link').fill('https://maps.example.org/chengyu/?lang=zh');
    const { download, bytes } = await downloadBytes(page);
    expect(download.name).toBe('chengyu-map-a4-portrait.pdf');
    const [sheet, ...more] = await readPdf(new Uint8Array(bytes));
    // the map page, then any pages that continue its numbered key, under the same title and link
    for (const keyPage of more) {
      const keyText = keyPage.text.replace(/\n/g, ' ');
      expect(keyText).toContain('川渝项目简报 Project briefing');
      expect(keyText).toContain('编号所指项目');
      expect(keyText).toContain('Numbered projects');
      expect(keyText).toContain('maps.example.org/chengyu/?lang=zh');
    }
    expect(sheet!.widthMm).toBeCloseTo(210, 1);
    expect(sheet!.heightMm).toBeCloseTo(297, 1);
    const text = sheet!.text.replace(/\n/g, ' ');
    expect(text).toContain('川渝项目简报 Project briefing');
    expect(text).toContain('成都');
    expect(text).toContain('maps.example.org/chengyu/?lang=zh');
    // the locator inset is drawn in the PDF too: the two provinces in the inset's orange-red
    expect((await pdfFillColours(new Uint8Array(bytes)))[0]).toContain('#d9480f');
    expect(errors).toEqual([]);
  });

  it('a layer turned off (hide=corridor in the permalink) leaves the export and its legend', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=zh&hide=corridor' });
    await openDialog(page);
    await choose(page, { preset: 'slide-16x9', format: 'svg' });
    const { bytes } = await downloadBytes(page);
    const svg = bytes.toString('utf8');
    const collection = JSON.parse(readFileSync('public/data/features.json', 'utf8')) as { features: { properties: { subtype: string; category: string } }[] };
    const expected = new Map<string, number>();
    for (const f of collection.features) {
      if (f.properties.category !== 'corridor') expected.set(f.properties.subtype, (expected.get(f.properties.subtype) ?? 0) + 1);
    }
    const rows = new Map([...svg.matchAll(/class="legend-item" data-key="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(rows).toEqual(expected);
    expect(svg).not.toContain('data-key="high_speed_rail"');
    // the default subtitle says the set is filtered, with the shown and total counts
    const shown = [...expected.values()].reduce((a, b) => a + b, 0);
    const subtitle = /<text class="subtitle"[^>]*>(.*?)<\/text>/.exec(svg)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
    expect(subtitle).toContain(String(shown));
    expect(subtitle).toContain(String(collection.features.length));
    expect(errors).toEqual([]);
  });

  it('a corridor catchment in the permalink is drawn as the overlay and narrows the features', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en&qc=hsr-chengdu-chongqing&qd=10' });
    await openDialog(page);
    await choose(page, { preset: 'slide-16x9', format: 'svg' });
    const { bytes } = await downloadBytes(page);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/<path class="overlay" d="M/);
    const total = (JSON.parse(readFileSync('public/data/features.json', 'utf8')) as { features: unknown[] }).features.length;
    const counted = [...svg.matchAll(/class="legend-item" data-key="[^"]+" data-count="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(total);
    expect(errors).toEqual([]);
  });

  it('zoomed in on Chengdu far enough for the map to draw counties, the export draws them too; at the first view it does not', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=zh&v=30.66,104.06,9&sel=u:510100' });
    await openDialog(page);
    await choose(page, { preset: 'slide-16x9', format: 'svg' });
    const zoomed = (await downloadBytes(page)).bytes.toString('utf8');
    const drawn = new Set([...zoomed.matchAll(/<path data-adcode="(\d+)"/g)].map((m) => m[1]));
    expect(zoomed).toContain('<g class="counties"');
    expect(drawn).toContain('510104'); // 锦江区, in the middle of the view
    expect(drawn).not.toContain('500101'); // 万州区, far outside it
    // as on the map: the selected city is marked and its seat named
    expect(zoomed).toMatch(/<path class="selected-unit" data-adcode="510100" d="M/);
    expect(zoomed).toMatch(/<g class="seat-label" data-adcode="510100"[^>]*>.*?>成都市<\/tspan><\/text>/);
    expect(errors).toEqual([]);

    const { page: first, errors: firstErrors } = await openApp(browser, { query: '?lang=zh' });
    await openDialog(first);
    await choose(first, { preset: 'slide-16x9', format: 'svg' });
    const wide = (await downloadBytes(first)).bytes.toString('utf8');
    expect(wide).not.toContain('class="counties"');
    expect(wide).not.toContain('data-adcode="510104"');
    expect(firstErrors).toEqual([]);
  });

  it('opened while the map is still fetching the counties it zoomed in for, the preview draws them once they arrive', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=zh&v=30.66,104.06,7.5' });
    // the dialog has been used once at a zoom without counties
    await openDialog(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });

    // the county file is held back until the preview without it has been seen
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route('**/data/boundaries-counties.json', async (route) => {
      requested = true;
      await released;
      await route.continue();
    });
    await page.getByTitle('放大').click(); // one step (half a zoom level) to the county zoom
    await expect.poll(() => requested, { timeout: 10_000 }).toBe(true);

    await openDialog(page);
    // The preview is an <img> of a blob: SVG (the page's CSP does not let it be fetched), so the
    // test looks at it as a user does: the drawn picture.
    const preview = page.getByTestId('export-preview');
    const previewShown = () => preview.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);
    await expect.poll(previewShown).toBe(true);
    const withoutCounties = await preview.screenshot();
    // the held county file arrives: the preview is drawn again, now with them
    release();
    await expect.poll(async () => (await previewShown()) && !(await preview.screenshot()).equals(withoutCounties), { timeout: 15_000 }).toBe(true);
    expect(errors).toEqual([]);
  });

  it('cancel stops a running export: nothing is downloaded and the dialog says so', async () => {
    const { page } = await openApp(browser);
    await openDialog(page);
    await choose(page, { preset: 'a4-portrait', dpi: '300', format: 'png' });
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    // Hold the font (fetched by the first PNG export) so the export is still running when Cancel is
    // pressed, however fast the machine is; release it once Cancel has been pressed.
    let releaseFont = () => {};
    const fontHeld = new Promise<void>((resolve) => (releaseFont = resolve));
    let fontRequested = false;
    await page.route('**/*.woff2', async (route) => {
      fontRequested = true;
      await fontHeld;
      await route.continue();
    });
    await page.getByTestId('export-download').click();
    await page.getByTestId('export-cancel').click();
    // the dialog answers at once, while the export is still waiting for its font
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/取消|cancelled/);
    expect(await page.getByTestId('export-download').isEnabled()).toBe(true);
    const fontArrived = page.waitForResponse('**/*.woff2');
    releaseFont();
    // the held font arrives after Cancel: the export it was holding must still not download
    if (fontRequested) await fontArrived;
    expect(await page.getByTestId('export-download').isEnabled()).toBe(true);
    // A second export of the same size, started after Cancel, runs to its download. The cancelled
    // one had a head start on the same work: had Cancel not stopped it, its file would come first.
    await choose(page, { preset: 'a4-landscape', dpi: '300', format: 'png' });
    const second = page.waitForEvent('download', { predicate: (download) => download.suggestedFilename().includes('a4-landscape'), timeout: 60_000 });
    await page.getByTestId('export-download').click();
    await second;
    expect(downloads).toEqual(['chengyu-map-a4-landscape-300dpi.png']);
  });

  it('fits a phone screen (390×844) in both languages: no field, option or button runs past its right edge', async () => {
    for (const lang of ['zh', 'en']) {
      const { page, context } = await openApp(browser, { query: `?lang=${lang}`, viewport: { width: 390, height: 844 }, touch: true });
      await openDialog(page);
      await page.getByTestId('export-download').waitFor();
      const overflowing = await page.getByTestId('export-dialog').evaluate((dialog) =>
        [...dialog.querySelectorAll<HTMLElement>('label, input, select, textarea, button, img, figure')]
          .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > dialog.getBoundingClientRect().right)
          .map((element) => element.getAttribute('data-testid') ?? element.tagName),
      );
      expect(overflowing, lang).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), lang).toBeLessThanOrEqual(390);
      await context.close();
    }
  });

  it('Escape closes the dialog and returns focus to the Export button', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('export-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-open');
  });

  it('draws the Chinese title with the embedded font; without it the user is told and the glyphs differ', async () => {
    const exportTitle = async (blockFont: boolean) => {
      const { page, context } = await openApp(browser, { query: '?lang=zh' });
      if (blockFont) await page.route('**/*.woff2', (route) => route.fulfill({ status: 404, body: '' }));
      await openDialog(page);
      await choose(page, { preset: 'slide-16x9', format: 'png', lang: 'zh' });
      await page.getByTestId('export-title').fill('成渝地区双城经济圈重庆四川');
      const { bytes } = await downloadBytes(page);
      const alert = await page.getByTestId('export-error').textContent();
      await context.close();
      return { png: PNG.sync.read(bytes), alert };
    };
    const withFont = await exportTitle(false);
    const withoutFont = await exportTitle(true);
    expect(withFont.alert).toBe('');
    expect(withoutFont.alert).toContain('字体');
    // the title band: top tenth of the slide
    const band = { w: 1000, h: 100 };
    expect(greyVariance(withFont.png, 0, 0, band.w, band.h)).toBeGreaterThan(50);
    let differing = 0;
    for (let y = 0; y < band.h; y++) {
      for (let x = 0; x < band.w; x++) {
        const i = (y * withFont.png.width + x) * 4;
        if (Math.abs(withFont.png.data[i]! - withoutFont.png.data[i]!) > 64) differing++;
      }
    }
    expect(differing).toBeGreaterThan(500);
  });

  it('cites the state drawn in the footer at once: a pan made just before opening is in the link before the address bar has it', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    // the dialog's parts are fetched once, so the next opening follows the zoom at once
    await openDialog(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
    const before = query(page.url()).get('v');

    // a pan by keyboard (no county file or new names to wait for), and Export at once
    await page.getByTestId('map').focus();
    await afterMapMove(page, () => page.keyboard.press('ArrowRight'));
    await openDialog(page);
    const link = await page.getByTestId('export-link').inputValue();
    // the address bar is written a moment after a view change: the link already had that view
    const written = query(await settledUrl(page)).get('v');
    expect(written).not.toBeNull();
    expect(written).not.toBe(before);
    expect(query(link).get('v')).toBe(written);
    expect(query(link).get('lang')).toBe('en');
    expect(errors).toEqual([]);
  });
});
