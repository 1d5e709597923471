// Sharing: the Embed dialog's social card is a 1200×630 PNG of the state the code embeds, and the
// built index.html carries the link-preview tags.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { appURL, useBrowser, openApp } from './harness';
import { downloadFrom } from './support/download';

const browser = useBrowser();

async function socialCard(page: Page, hed: string): Promise<{ name: string; png: PNG }> {
  await page.getByTestId('embed-open').click();
  await page.getByTestId('embed-option-hed').fill(hed);
  const download = await downloadFrom(page.getByTestId('embed-social'));
  const bytes = download.bytes;
  return { name: download.name, png: PNG.sync.read(bytes) };
}

/** Share of pixels whose colour differs by more than a little between two same-sized images. */
function differingShare(a: PNG, b: PNG): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (delta > 48) differing++;
  }
  return differing / (a.width * a.height);
}

/** Share of pixels in the box that are not near-white: how much is drawn there. */
function inkShare(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const i = (y * png.width + x) * 4;
    if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 235) ink++;
  }
  return ink / ((x1 - x0) * (y1 - y0));
}

describe('social card', () => {
  it('downloads a 1200×630 PNG from the Embed dialog that follows the embedded state', async () => {
    const corridors = await openApp(browser, { query: '?lang=en&sel=u:510100&hide=pilot_zone,industrial_park,platform' });
    const first = await socialCard(corridors.page, 'First the corridors');
    expect(first.name).toBe('chengyu-map-social.png');
    expect([first.png.width, first.png.height]).toEqual([1200, 630]);
    await expect.poll(() => corridors.page.getByTestId('embed-copy-status').textContent()).toContain('chengyu-map-social.png');
    // the map fills the card's middle band: something is drawn there
    expect(inkShare(first.png, 40, 160, 1160, 520)).toBeGreaterThan(0.02);

    const parks = await openApp(browser, { query: '?lang=en&v=30.6,104.1,9&hide=corridor' });
    const second = await socialCard(parks.page, 'Then the parks');
    expect([second.png.width, second.png.height]).toEqual([1200, 630]);
    // another view, other layers and another headline: a clearly different picture
    expect(differingShare(first.png, second.png)).toBeGreaterThan(0.05);
    expect(corridors.errors).toEqual([]);
    expect(parks.errors).toEqual([]);
  });

  it('is offered in Chinese too', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=zh' });
    await page.getByTestId('embed-open').click();
    await expect.poll(() => page.getByTestId('embed-social').textContent()).toBe('下载社交分享卡（PNG，1200×630）');
    expect(errors).toEqual([]);
  });
});

describe('link preview tags of the built index.html', () => {
  it('has og:title, og:description and a large-image Twitter card; og:image only when the site URL is set at build time', async () => {
    const html = await (await fetch(appURL())).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = (key: string) => head.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
    expect(meta('og:title')).toBe('成渝地区双城经济圈项目地图 · Chengdu–Chongqing Economic Circle map');
    expect(meta('og:description')).toMatch(/成渝地区双城经济圈.*Chengdu–Chongqing Economic Circle/);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image');
    if (process.env.PUBLIC_SITE_URL) expect(image).toBe(new URL('social-card.png', process.env.PUBLIC_SITE_URL.replace(/\/?$/, '/')).href);
    else expect(image).toBeUndefined();
    // the shipped card is served beside index.html: 1200×630
    const card = PNG.sync.read(Buffer.from(await (await fetch(new URL('social-card.png', appURL()))).arrayBuffer()));
    expect([card.width, card.height]).toEqual([1200, 630]);
  });
});
