// The embed's keyboard route: the map is one Tab stop (not 85), the arrow keys move between its
// features in the order of the hidden list, Escape returns to the map, Enter selects.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp } from './harness';

const browser = useBrowser();

// a feature's own symbol, or the cluster symbol standing for several (named by its members)
const focusedFeature = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-feature-id') ?? document.activeElement?.getAttribute('data-cluster-members') ?? null);
const focusedIsMap = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'map');

describe('embed keyboard', () => {
  it('is one Tab stop for the map, with arrows moving between features in list order', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&embed=1' });
    const features = page.locator('#map [data-feature-id][role="button"]');
    expect(await features.count()).toBeGreaterThan(20);
    expect(await page.locator('#map [data-feature-id][tabindex="0"], #map [data-cluster][tabindex="0"]').count()).toBe(0);
    // Tab until the map has focus, then count the presses needed to leave the map behind.
    for (let i = 0; i < 30 && !(await focusedIsMap(page)); i += 1) await page.keyboard.press('Tab');
    expect(await focusedIsMap(page)).toBe(true);
    let presses = 0;
    while (presses < 20 && (await page.evaluate(() => Boolean(document.activeElement?.closest('#map'))))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    // map → zoom in → zoom out → locator toggle → out of the map
    expect(presses).toBeLessThanOrEqual(4);

    // The hidden list is the order: the first feature in it comes first.
    const listed = await page.getByTestId('map').evaluate(() => document.querySelectorAll('[data-testid="map"] [data-feature-id][role="button"]').length);
    expect(listed).toBeGreaterThan(0);
    await page.getByTestId('map').focus();
    await page.keyboard.press('ArrowRight');
    const first = await focusedFeature(page);
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    const second = await focusedFeature(page);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedFeature(page)).toBe(first);
    await page.keyboard.press('End');
    const last = await focusedFeature(page);
    await page.keyboard.press('ArrowDown');
    expect(await focusedFeature(page)).toBe(last);
    await page.keyboard.press('Home');
    expect(await focusedFeature(page)).toBe(first);
    await page.keyboard.press('Escape');
    expect(await focusedIsMap(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await focusedFeature(page)).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#map [data-feature-id="${first}"][data-selected="true"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
