// The layers panel doubles as the legend: toggles hide subtypes and categories, counts follow the
// filters; features on the map can be hovered, clicked and reached with the keyboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnFeatureCount, query, useBrowser, openApp, revealFeature } from './harness';
import { allFeatureProperties as FEATURE_ROWS, countFeatures as countRows } from './feature-data';

const browser = useBrowser();

const TOTAL = FEATURE_ROWS.length;
const drawn = drawnFeatureCount;
const params = (page: Page) => query(page.url());

describe('layers and legend', () => {
  it('a subtype toggle hides its features and its legend count drops to zero', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const rail = countRows((r) => r.subtype === 'high_speed_rail');
    expect(await page.getByTestId('legend-count-high_speed_rail').textContent()).toBe(`${rail}/${rail}`);
    await page.getByTestId('layer-subtype-high_speed_rail').uncheck();
    await expect.poll(() => drawn(page)).toBe(TOTAL - rail);
    expect(await page.getByTestId('legend-count-high_speed_rail').textContent()).toBe(`0/${rail}`);
    expect(params(page).get('hide')).toBe('corridor.high_speed_rail');
    // one subtype off: the category box is neither checked nor unchecked
    expect(await page.getByTestId('layer-category-corridor').evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await context.close();
  });

  it('a category toggle hides and shows all its subtypes', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    const corridors = countRows((r) => r.category === 'corridor');
    await page.getByTestId('layer-category-corridor').uncheck();
    await expect.poll(() => drawn(page)).toBe(TOTAL - corridors);
    expect(params(page).get('hide')).toBe('corridor');
    expect(await page.getByTestId('layer-subtype-railway').isChecked()).toBe(false);
    await page.getByTestId('layer-category-corridor').check();
    await expect.poll(() => drawn(page)).toBe(TOTAL);
    await context.close();
  });

  it('legend counts follow the other filters', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&st=operating' });
    const corridors = countRows((r) => r.category === 'corridor');
    const operatingCorridors = countRows((r) => r.category === 'corridor' && r.status === 'operating');
    await expect.poll(() => page.getByTestId('legend-count-corridor').textContent()).toBe(`${operatingCorridors}/${corridors}`);
    await context.close();
  });

  it('a feature names itself on hover, selects on click and on Enter, and is highlighted', async () => {
    // exactly placed features only, so no other marker lies on top of the one hovered
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&prec=exact' });
    const point = FEATURE_ROWS.find((r) => r.precision === 'exact' && r.geometry_kind !== 'line' && !r.has_extent)!;
    const marker = page.locator(`#map [data-feature-id="${point.id}"]`);
    await marker.hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip').first().textContent()).toContain(point.name_en);
    await marker.click({ force: true });
    await expect.poll(() => params(page).get('sel')).toBe(`f:${point.id}`);
    await expect.poll(() => page.locator(`#map [data-feature-id="${point.id}"]`).getAttribute('data-selected')).toBe('true');
    await page.getByTestId('filter-reset').click();
    const line = FEATURE_ROWS.find((r) => r.geometry_kind === 'line')!;
    await page.locator(`#map [data-feature-id="${line.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('sel')).toBe(`f:${line.id}`);
    // the line is now the one selected thing on the map (the point may have gone back into a cluster)
    await expect.poll(() => page.locator('#map [data-selected="true"]').evaluateAll((all) => all.map((e) => e.getAttribute('data-feature-id')))).toEqual([line.id]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('approximate points are drawn hollow inside a dashed ring', async () => {
    // each seen close up, opening the cluster it may be counted in, as a user would
    const approximate = FEATURE_ROWS.find((r) => r.precision === 'approximate' && r.geometry_kind !== 'line' && !r.has_extent && r.co_located === null)!;
    const exact = FEATURE_ROWS.find((r) => r.precision !== 'approximate' && r.geometry_kind !== 'line' && !r.has_extent && r.co_located === null)!;
    for (const [row, rings] of [[approximate, 1], [exact, 0]] as const) {
      const { page, context } = await openApp(browser, { query: `?lang=en&v=${row.anchor[1]},${row.anchor[0]},13` });
      const marker = await revealFeature(page, row.id);
      expect(await marker.locator('circle[stroke-dasharray]').count()).toBe(rings);
      await context.close();
    }
  });
});
