// The news embed inside a newsroom page on another origin: it renders (also sandboxed), sizes its
// iframe through embed.js, never captures the reader's scrolling, honours its URL options, and stays
// on its own origin under the strict CSP.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useBrowser, openApp } from './harness';
import { chengduWidth, iframeHeight, metresPerPixel, openHostPage, useHostServer } from './embed-host';
import { contrast, type Rgb } from './support/colour-contrast';


function parseRgb(css: string): Rgb {
  return css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number) as Rgb;
}

/** WCAG relative luminance and contrast ratio. */

/** The colours the reader sees on the map: Chengdu's land, the province outline, a seat label and its halo. */
async function basemapColours(frame: Frame): Promise<{ land: Rgb; province: Rgb; label: Rgb; halo: Rgb }> {
  const land = await frame.locator('path[data-adcode="510100"][data-level="prefecture"]').evaluate((path) => getComputedStyle(path).fill);
  const province = await frame.locator('path[data-province]').first().evaluate((path) => getComputedStyle(path).stroke);
  const label = await frame.locator('[data-testid="seat-label"] .seat-text').first().evaluate((text) => {
    const style = getComputedStyle(text);
    return { color: style.color, shadow: style.textShadow };
  });
  return { land: parseRgb(land), province: parseRgb(province), label: parseRgb(label.color), halo: parseRgb(label.shadow) };
}

const sum = ([r, g, b]: Rgb): number => r + g + b;

const browser = useBrowser();
const host = useHostServer();

describe('embed in a host page', () => {
  for (const sandbox of [false, true]) {
    it(`renders map, legend, summary and full-map link${sandbox ? ' in a sandboxed iframe' : ''}, without CSP violations or foreign requests`, async () => {
      const { context, frame, page, errors, foreignRequests } = await openHostPage(browser, host, { sandbox });
      expect(await frame.locator('path[data-level="prefecture"][data-adcode]').count()).toBe(59);
      expect(await frame.getByTestId('embed-legend').count()).toBe(1);
      expect(await frame.getByTestId('embed-summary').textContent()).toMatch(/^Map of \d+ features: /);
      expect(await frame.locator('[data-testid="embed-feature-list"] li').count()).toBeGreaterThan(0);
      const link = frame.getByTestId('embed-full-link');
      expect(await link.textContent()).toBe('Open the full map');
      expect(await frame.getByTestId('embed-source').textContent()).toContain('not an official map');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener');
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.searchParams.get('embed')).toBeNull();
      expect(href.searchParams.get('lang')).toBe('en');
      // No editing chrome.
      expect(await frame.locator('input, select, dialog, .panel-stack, .app-header').count()).toBe(0);
      // The host script sized the frame to the embed's content (it started at 300 px).
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(400);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('resizes the iframe when the folded legend opens and closes on a phone', async () => {
    const { context, frame, page } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en', viewport: { width: 375, height: 667 } });
    expect(await frame.getByTestId('embed-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(400);
    const closed = await iframeHeight(page);
    await frame.getByTestId('embed-fold-line').click();
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(closed + 20);
    await frame.getByTestId('embed-fold-line').click();
    await expect.poll(() => iframeHeight(page)).toBe(closed);
    await context.close();
  });

  it('lets the page scroll past the map; Ctrl + wheel zooms it', async () => {
    const { context, frame, page } = await openHostPage(browser, host);
    const box = (await (await page.$('#embed'))!.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + box.height / 2, 700));
    const before = await chengduWidth(frame);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await frame.getByTestId('embed-hint').textContent()).toBe('Use Ctrl + scroll to zoom');
    expect(await chengduWidth(frame)).toBeCloseTo(before, 0);

    const scrolled = await page.evaluate(() => window.scrollY);
    const mapBox = (await frame.getByTestId('map').boundingBox())!;
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    const widthBeforeZoom = await chengduWidth(frame);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => chengduWidth(frame)).toBeGreaterThan(widthBeforeZoom * 1.2);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await context.close();
  });

  it('zooms with a plain wheel after a click on the map, until the pointer leaves it', async () => {
    const { context, frame, page } = await openHostPage(browser, host);
    const mapBox = (await frame.getByTestId('map').boundingBox())!;
    // Click near the top-right corner, clear of the zoom buttons and the scale bar.
    await page.mouse.click(mapBox.x + mapBox.width - 15, mapBox.y + 15);
    const before = await metresPerPixel(frame);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + 100);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => metresPerPixel(frame)).toBeLessThan(before / 1.2);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    // Leaving the map gives the wheel back to the page.
    await page.mouse.move(5, 5);
    const zoomed = await metresPerPixel(frame);
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + 100);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await metresPerPixel(frame)).toBe(zoomed);
    await context.close();
  });

  it('honours theme=dark and title=0', async () => {
    const { context, frame } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en&theme=dark&title=0&legend=open' });
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(150);
    expect(await frame.getByTestId('embed-title').isVisible()).toBe(false);
    expect(await frame.locator('[data-testid="embed-legend"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // the map goes dark too: dark land, a light province outline, light labels on a dark halo
    const colours = await basemapColours(frame);
    expect(sum(colours.land)).toBeLessThan(200);
    expect(sum(colours.province)).toBeGreaterThan(500);
    expect(contrast(colours.label, colours.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.label, colours.halo)).toBeGreaterThanOrEqual(4.5);
    // railways are black on the light map; on the dark land they are drawn light
    const railway = await frame.locator('path[data-feature-id="rail-chengdu-suining-chongqing"]').evaluate((p) => getComputedStyle(p).stroke);
    expect(sum(railway.match(/\d+/g)!.map(Number).slice(0, 3) as Rgb)).toBeGreaterThan(500);
    // the legend's symbols sit on the dark page itself (no white chips); its black railway is light too
    const swatch = frame.locator('.embed-legend-row', { hasText: 'Railway' }).locator('svg');
    expect(await swatch.evaluate((svg) => getComputedStyle(svg).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const swatchStroke = await swatch.locator('path').evaluate((line) => getComputedStyle(line).stroke);
    expect(sum(swatchStroke.match(/\d+/g)!.map(Number).slice(0, 3) as Rgb)).toBeGreaterThan(500);
    await context.close();
  });

  it('follows a dark system setting with theme=auto', async () => {
    const { context, frame } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en&theme=auto', colorScheme: 'dark' });
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(150);
    expect(sum((await basemapColours(frame)).land)).toBeLessThan(200);
    await context.close();
  });

  it('is light by default, even for a reader whose system is dark, with the title shown', async () => {
    const { context, frame } = await openHostPage(browser, host, { colorScheme: 'dark' });
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    expect(await frame.getByTestId('embed-title').textContent()).toBe('Chengdu–Chongqing Economic Circle map');
    // the light basemap as drawn in the full app: near-white land (#fbfaf7), a dark province outline (#4a4740)
    const colours = await basemapColours(frame);
    expect(colours.land).toEqual([251, 250, 247]);
    expect(colours.province).toEqual([74, 71, 64]);
    await context.close();
  });
});

describe('embed on a phone', () => {
  it('starts with the legend folded away, the map visible and text of at least 12 px', async () => {
    const { context, frame } = await openHostPage(browser, host, { viewport: { width: 375, height: 667 } });
    expect(await frame.getByTestId('embed-legend').isVisible()).toBe(false);
    const map = (await frame.getByTestId('map').boundingBox())!;
    expect(map.width).toBeGreaterThan(300);
    expect(map.height).toBeGreaterThan(250);
    const smallest = await frame.evaluate(() => {
      const visibleText = [...document.querySelectorAll<HTMLElement>('.embed *')].filter(
        (node) => node.offsetParent !== null && [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim() !== ''),
      );
      return Math.min(...visibleText.map((node) => parseFloat(getComputedStyle(node).fontSize)));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    await context.close();
  });
});

describe('embed on a touch screen', () => {
  it('does not pan under one finger and says to use two', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${host.origin}/?${new URLSearchParams({ embed: 'embed=1&lang=en' })}`);
    const frame = (await (await page.waitForSelector('#embed')).contentFrame())!;
    await frame.waitForSelector('body[data-ready="true"]');
    // The host page is laid out at the phone's width: the map starts below the article's first screen.
    await frame.getByTestId('map').scrollIntoViewIfNeeded();
    const box = (await frame.getByTestId('map').boundingBox())!;
    const left = () => frame.evaluate(() => document.querySelector('path[data-adcode="510100"]')!.getBoundingClientRect().left);
    const before = await left();
    const cdp = await context.newCDPSession(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 5; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + step * 20, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await frame.getByTestId('embed-hint').textContent()).toBe('Use two fingers to move and zoom the map');
    expect(await left()).toBeCloseTo(before, 0);
    await context.close();
  });
});

describe('embed with a bad URL', () => {
  it('names the ignored option in a status message and still draws the map with the rest', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?embed=1&lang=en&theme=blue&legend=open' });
    const notices = page.getByTestId('notices');
    expect(await notices.getAttribute('role')).toBe('status');
    expect(await notices.textContent()).toContain('ignored parameter "theme": "blue" is not a valid theme (light, dark or auto)');
    expect(await page.locator('path[data-level="prefecture"]').count()).toBe(59);
    expect(await page.locator('[data-testid="embed-legend"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
