// Proportional symbols for a planner's point layer: sized by a numeric column, with a size legend,
// points without a value drawn hollow, and the choice kept across a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, waitForMapReady } from './harness';
import { chooseFixtures, layerNames } from './user-data-helpers';

const browser = useBrowser();

/** The radii of the layer's circle markers, read from the arcs Leaflet draws them with. */
async function radii(page: Page): Promise<number[]> {
  return page.locator('path.user-feature').evaluateAll((paths) =>
    paths.map((path) => Number(/a([\d.]+),/.exec(path.getAttribute('d') ?? '')?.[1] ?? Number.NaN)).sort((a, b) => b - a));
}

describe('proportional symbols', () => {
  it('sizes the points by area, shows a size legend, draws a missing value hollow, and keeps the choice', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'project-investment.csv');
    await expect.poll(() => layerNames(page)).toEqual(['project-investment']);
    await expect.poll(() => radii(page)).toEqual([6, 6, 6, 6, 6]);
    await page.getByTestId('user-layer-size-by').selectOption('总投资（亿元）');
    // 1,200 → 22 px; 300, a quarter, → half the radius; 75 → a quarter; 12, a hundredth, → a tenth;
    // "约20" is no number → a hollow 3 px circle. Leaflet draws whole pixels: 5.5 → 6, 2.2 → 2.
    await expect.poll(() => radii(page)).toEqual([22, 11, 6, 3, 2]);
    const legend = page.getByTestId('user-size-legend');
    await expect.poll(() => legend.locator('text').allTextContents()).toEqual(['1,200', '300', '75']);
    expect(await legend.getAttribute('aria-label')).toBe('Circle areas proportional to “总投资（亿元）”: 1,200, 300, 75');
    expect(await page.getByTestId('user-size-missing').textContent()).toBe('1 point has no value (drawn as small hollow circles)');
    await page.locator('[data-testid="lang-switch"] button[data-lang="zh"]').click();
    await expect.poll(() => page.getByTestId('user-size-missing').textContent()).toBe('1 个点没有数值（画作小空心圆）');
    await page.reload();
    await waitForMapReady(page);
    await openTab(page, 'mydata');
    await expect.poll(() => page.getByTestId('user-layer-size-by').inputValue()).toBe('总投资（亿元）');
    await expect.poll(() => radii(page)).toEqual([22, 11, 6, 3, 2]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
