// First load: the map draws cleanly, stays on its own origin, and fits both provinces on a desktop
// and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Rect { left: number; top: number; right: number; bottom: number }

async function provincesAndMap(page: Page): Promise<{ provinces: Rect; map: Rect }> {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('path[data-province]')].map((p) => p.getBoundingClientRect());
    const m = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    // The side panel floats over the map: what the reader sees of the map is the part it leaves free
    // (left of a card on a wide screen, above a bottom sheet on a phone).
    const panel = document.querySelector('[data-testid="panels"]')!.getBoundingClientRect();
    const sheet = panel.width >= 0.9 * m.width;
    return {
      provinces: {
        left: Math.min(...rects.map((r) => r.left)),
        top: Math.min(...rects.map((r) => r.top)),
        right: Math.max(...rects.map((r) => r.right)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      },
      map: { left: m.left, top: m.top, right: sheet ? m.right : Math.min(m.right, panel.left), bottom: sheet ? Math.min(m.bottom, panel.top) : m.bottom },
    };
  });
}

describe('first load', () => {
  it('draws the 59 prefecture-level units and the two provinces without errors or foreign requests', async () => {
    const { page, errors, foreignRequests, requests, context } = await openApp(browser);
    expect(await page.locator('path[data-level="prefecture"][data-adcode]').count()).toBe(59);
    expect(await page.locator('path[data-province]').count()).toBe(2);
    expect(await page.locator('path[data-adcode="510100"]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(requests.some((url) => url.endsWith('/data/boundaries-base.json'))).toBe(true);
    // The county file is for closer zooms only.
    expect(requests.some((url) => url.includes('boundaries-counties'))).toBe(false);
    expect(await page.locator('img.leaflet-marker-icon').count()).toBe(0);
    await context.close();
  });

  it('shows the attribution with the "not an official map" caveat and a metric scale bar', async () => {
    const { page, context } = await openApp(browser, { locale: 'zh-CN' });
    await expect.poll(() => page.getByTestId('attribution').textContent()).toContain('边界仅为示意');
    expect(await page.locator('.leaflet-control-scale-line').textContent()).toMatch(/\d+ k?m/);
    await context.close();
  });

  it('picks the language from the browser when the URL does not say', async () => {
    const { page, context } = await openApp(browser, { locale: 'en-GB' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.seat-label[data-adcode="510100"]').textContent()).toBe('Chengdu');
    await context.close();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 375, height: 667 },
  ]) {
    it(`fits both provinces at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context, errors } = await openApp(browser, { viewport });
      const { provinces, map } = await provincesAndMap(page);
      expect(provinces.left).toBeGreaterThanOrEqual(map.left - 1);
      expect(provinces.right).toBeLessThanOrEqual(map.right + 1);
      expect(provinces.top).toBeGreaterThanOrEqual(map.top - 1);
      expect(provinces.bottom).toBeLessThanOrEqual(map.bottom + 1);
      // "Fits" also means "fills": one of the two dimensions uses most of the map.
      const widthShare = (provinces.right - provinces.left) / (map.right - map.left);
      const heightShare = (provinces.bottom - provinces.top) / (map.bottom - map.top);
      expect(Math.max(widthShare, heightShare)).toBeGreaterThan(0.8);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
