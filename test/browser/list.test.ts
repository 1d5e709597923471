// The feature list in step with the map: choosing either selects in both; the list sorts by name,
// year and city; rows work from the keyboard; the search narrows the list.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, revealFeature, query, listRowIds } from './harness';
import { allFeatureProperties, featureProperties } from './feature-data';

const browser = useBrowser();


/** The row is visible inside the list's scrolling area. */
async function rowInView(page: Page, id: string): Promise<boolean> {
  return page.locator(`tr[data-feature-id="${id}"]`).evaluate((row) => {
    const scroller = row.closest('.feature-list__scroller');
    if (!scroller) return false;
    const r = row.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    return r.top >= s.top - 1 && r.bottom <= s.bottom + 1;
  });
}

describe('feature list', () => {
  it('lists every feature when nothing is filtered', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    expect((await listRowIds(page)).sort()).toEqual(allFeatureProperties.map((p) => p.id).sort());
    await context.close();
  });

  it('selects on the map when a row is clicked, and marks the row when the map is clicked', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    const jiangbei = featureProperties('airport-chongqing-jiangbei');
    await page.locator(`tr[data-feature-id="${jiangbei.id}"]`).click();
    await expect.poll(() => query(page.url()).get('sel')).toBe(`f:${jiangbei.id}`);
    expect(await page.getByTestId('feature-details').locator('h2').textContent()).toBe(jiangbei.name_en);
    await expect.poll(() => page.locator(`[data-feature-id="${jiangbei.id}"][data-selected="true"]`).count()).toBe(1);

    // now the other way: a feature far down the list, chosen on the map
    const last = await page.getByTestId('feature-list-row').last().getAttribute('data-feature-id');
    expect(last).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.goto(`${page.url().split('?')[0]}?lang=en`);
    await page.waitForSelector('body[data-ready="true"]');
    await openTab(page, 'list');
    const target = await revealFeature(page, last as string);
    await target.dispatchEvent('click');
    await expect.poll(() => query(page.url()).get('sel')).toBe(`f:${last}`);
    const row = page.locator(`tr[data-feature-id="${last}"]`);
    await expect.poll(() => row.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => rowInView(page, last as string)).toBe(true);
    await context.close();
  });

  it('sorts by year (unknown last), by name, and reverses with a second click', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    const yearHeader = page.locator('th[data-column="year"]');
    await page.getByTestId('feature-list-sort-year').click();
    expect(await yearHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(query(page.url()).get('sort')).toBe('year');
    const yearOf = new Map(allFeatureProperties.map((p) => [p.id, p.year]));
    const years = (await listRowIds(page)).map((id) => yearOf.get(id as string) ?? null);
    const known = years.filter((year): year is number => year !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(years.slice(known.length).every((year) => year === null)).toBe(true);

    await page.getByTestId('feature-list-sort-year').click();
    expect(await yearHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = (await listRowIds(page)).map((id) => yearOf.get(id as string) ?? null).filter((year): year is number => year !== null);
    expect(descending).toEqual([...known].sort((a, b) => b - a));

    await page.getByTestId('feature-list-sort-name').click();
    expect(await yearHeader.getAttribute('aria-sort')).toBeNull();
    const names = await page.locator('.feature-list__name').allTextContents();
    const collator = new Intl.Collator('en');
    expect(names).toEqual([...names].sort(collator.compare));
    // Back returns to the previous order
    await page.goBack();
    await expect.poll(() => yearHeader.getAttribute('aria-sort')).toBe('descending');
    await context.close();
  });

  it('works from the keyboard: a focused row is chosen with Enter', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    const first = page.getByTestId('feature-list-row').first();
    const id = await first.getAttribute('data-feature-id');
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-feature-id'))).toBe(id);
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page.url()).get('sel')).toBe(`f:${id}`);
    // focus stays on the row after the list re-renders
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-feature-id'))).toBe(id);
    await context.close();
  });

  it('narrows to the features whose names match the search, and clears it', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    await page.getByTestId('search').fill('bonded');
    const expected = allFeatureProperties.filter((p) => p.name_en.toLowerCase().includes('bonded')).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(async () => (await listRowIds(page)).sort()).toEqual(expected.sort());
    await expect.poll(() => query(page.url()).get('q')).toBe('bonded');
    // the suggestions cover the panels: close them first, as a reader would
    await page.getByTestId('search').press('Escape');
    await page.getByTestId('feature-list-clear-search').click();
    await expect.poll(async () => (await listRowIds(page)).length).toBe(allFeatureProperties.length);
    expect(await page.getByTestId('search').inputValue()).toBe('');
    await context.close();
  });
});
