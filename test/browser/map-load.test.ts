// First load: the map draws cleanly, stays on its own origin, and frames the planning area on a
// desktop and on a phone with western Sichuan still in view at the edge.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp } from './harness';

const browser = useBrowser();

interface Rect { left: number; top: number; right: number; bottom: number }

async function provincesAndMap(page: Page): Promise<{ provinces: Rect; planning: Rect; map: Rect }> {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll('path[data-province]')].map((p) => p.getBoundingClientRect());
    const planning = document.querySelector('path[data-feature-id="ccec-planning-area"]')!.getBoundingClientRect();
    const m = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    // What the reader sees of the map is the part the side panel leaves free (the column beside it on
    // a wide screen, above the bottom sheet on a phone).
    const panel = document.querySelector('[data-testid="panels"]')!.getBoundingClientRect();
    const sheet = panel.width >= 0.9 * m.width;
    return {
      provinces: {
        left: Math.min(...rects.map((r) => r.left)),
        top: Math.min(...rects.map((r) => r.top)),
        right: Math.max(...rects.map((r) => r.right)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      },
      planning: { left: planning.left, top: planning.top, right: planning.right, bottom: planning.bottom },
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

  it('asks for the first data from the script, once each, and receives the code and data compressed', async () => {
    // sent as the script starts (src/first-requests.ts) and taken by the loaders: a loader that asked again would fetch twice
    const { page, requests, context } = await openApp(browser, { query: '?embed=1&lang=zh' });
    const encodings = new Map<string, string | undefined>();
    for (const file of ['manifest.json', 'boundaries-base.json', 'features.json']) {
      expect(requests.filter((url) => url.endsWith(`/data/${file}`)), file).toHaveLength(1);
    }
    const initiators = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/')).map((e) => [e.name.replace(/^.*\/data\//, ''), (e as PerformanceResourceTiming).initiatorType])),
    );
    // not preloaded by index.html: a preload shared the slow network with the script, which then arrived last
    expect(initiators['features.json']).toBe('fetch');
    expect(initiators['boundaries-base.json']).toBe('fetch');
    expect(initiators['manifest.json']).toBe('fetch');
    expect(await page.locator('link[rel="preload"]').count()).toBe(0);
    // the server sends the build's Brotli copies to a browser that accepts them
    const script = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
    for (const url of [script, new URL('data/features.json', page.url()).href]) {
      const response = await context.request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      encodings.set(url, response.headers()['content-encoding']);
      expect(response.ok()).toBe(true);
    }
    expect([...encodings.values()]).toEqual(['br', 'br']);
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
    it(`frames the planning area at ${viewport.width}×${viewport.height}, western Sichuan at the edge`, async () => {
      const { page, context, errors } = await openApp(browser, { viewport });
      const { provinces, planning, map } = await provincesAndMap(page);
      expect(planning.left).toBeGreaterThanOrEqual(map.left - 1);
      expect(planning.right).toBeLessThanOrEqual(map.right + 1);
      expect(planning.top).toBeGreaterThanOrEqual(map.top - 1);
      expect(planning.bottom).toBeLessThanOrEqual(map.bottom + 1);
      // the subject fills most of the map in one dimension
      const widthShare = (planning.right - planning.left) / (map.right - map.left);
      const heightShare = (planning.bottom - planning.top) / (map.bottom - map.top);
      expect(Math.max(widthShare, heightShare)).toBeGreaterThan(viewport.width <= 640 ? 0.8 : 0.7);
      // the rest of the provinces goes on beyond it, to the west: context, not the subject
      expect(provinces.left).toBeLessThan(planning.left - 10);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
