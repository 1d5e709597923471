// Filters as a reader uses them: tick boxes, read the count, clear chips, reset, go back and forward,
// share the URL. Expected counts come from the data file, computed here with plain code.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnFeatureCount, query, useBrowser, openApp } from './harness';
import { allFeatureProperties as FEATURE_ROWS, countFeatures as countRows } from './feature-data';

const browser = useBrowser();

const TOTAL = FEATURE_ROWS.length;
const drawn = drawnFeatureCount;
const params = (page: Page) => query(page.url());
const countText = (page: Page) => page.getByTestId('filter-count').textContent();

describe('filters', () => {
  it('a status filter changes the drawn features, the count, the URL and adds a removable chip', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    expect(await drawn(page)).toBe(TOTAL);
    const operating = countRows((r) => r.status === 'operating');
    await page.getByTestId('filter-st-operating').check();
    await expect.poll(() => drawn(page)).toBe(operating);
    expect(await countText(page)).toBe(`${operating} of ${TOTAL} projects shown`);
    expect(params(page).get('st')).toBe('operating');
    const chip = page.getByRole('button', { name: 'remove filter Status: operating' });
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn(page)).toBe(TOTAL);
    // the last chip is gone: focus moves to the count rather than being lost
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter-count');
    expect(params(page).get('st')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('unknown status is a choice of its own', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await page.getByTestId('filter-st-unknown').check();
    await expect.poll(() => drawn(page)).toBe(countRows((r) => r.status === null));
    expect(await page.getByTestId('filter-chips').textContent()).toContain('未知');
    await context.close();
  });

  it('province, year range and precision combine; unknown years drop out of a range and the note says so', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('filter-prov-chongqing').check();
    const inChongqing = (r: (typeof FEATURE_ROWS)[number]) => r.province === 'chongqing' || r.province === 'both';
    await expect.poll(() => drawn(page)).toBe(countRows(inChongqing));
    await page.getByTestId('filter-years-on').check();
    await page.getByTestId('filter-year-from').fill('2015');
    await page.getByTestId('filter-year-from').press('Enter');
    await page.getByTestId('filter-year-to').fill('2020');
    await page.getByTestId('filter-year-to').press('Enter');
    const inRange = (r: (typeof FEATURE_ROWS)[number]) => inChongqing(r) && r.year !== null && r.year >= 2015 && r.year <= 2020;
    await expect.poll(() => drawn(page)).toBe(countRows(inRange));
    expect(params(page).get('yr')).toBe('2015-2020');
    expect(await page.getByTestId('filter-years-note').textContent()).toContain(String(countRows((r) => r.year === null)));
    await page.getByTestId('filter-prec-approximate').check();
    await expect.poll(() => drawn(page)).toBe(countRows((r) => inRange(r) && r.precision === 'approximate'));
    await context.close();
  });

  it('the prefecture list is searchable and filters by the units a feature lies in', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('filter-city-search').fill('Mianyang');
    expect(await page.getByTestId('filter-city').locator('label:visible').count()).toBe(1);
    await page.getByTestId('filter-city-510700').check();
    await expect.poll(() => drawn(page)).toBe(countRows((r) => r.prefectures.includes('510700')));
    expect(params(page).get('city')).toBe('510700');
    await context.close();
  });

  it('the planning-area switch leaves out features entirely outside', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&st=operating' });
    await page.getByTestId('filter-pa').check();
    await expect.poll(() => drawn(page)).toBe(countRows((r) => r.status === 'operating' && r.in_planning_area !== 'no'));
    expect(params(page).get('pa')).toBe('1');
    await context.close();
  });

  it('back and forward step through filter changes', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const operating = countRows((r) => r.status === 'operating');
    const operatingCity = countRows((r) => r.status === 'operating' && r.precision === 'city');
    await page.getByTestId('filter-st-operating').check();
    await expect.poll(() => drawn(page)).toBe(operating);
    await page.getByTestId('filter-prec-city').check();
    await expect.poll(() => drawn(page)).toBe(operatingCity);
    await page.goBack();
    await expect.poll(() => drawn(page)).toBe(operating);
    expect(await page.getByTestId('filter-prec-city').isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => drawn(page)).toBe(TOTAL);
    await page.goForward();
    await expect.poll(() => drawn(page)).toBe(operating);
    expect(await page.getByTestId('filter-st-operating').isChecked()).toBe(true);
    await context.close();
  });

  it('a URL with filters restores the same drawn set and controls; reset all clears everything', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&st=designated&lvl=national&prec=city' });
    const expected = countRows((r) => r.status === 'designated' && r.level === 'national' && r.precision === 'city');
    await expect.poll(() => drawn(page)).toBe(expected);
    expect(await page.getByTestId('filter-lvl-national').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-chips').getByRole('button').count()).toBe(3);
    await page.getByTestId('filter-reset').click();
    await expect.poll(() => drawn(page)).toBe(TOTAL);
    expect([...params(page).keys()]).toEqual(['lang']);
    expect(await page.getByTestId('filter-reset').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bad filter value is reported and ignored while the rest of the URL applies', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&st=closed&prov=sichuan' });
    await expect.poll(() => page.getByTestId('notices').textContent()).toContain('"st"');
    expect(await page.getByTestId('notices').textContent()).toContain('closed');
    await expect.poll(() => drawn(page)).toBe(countRows((r) => r.province === 'sichuan' || r.province === 'both'));
    await context.close();
  });
});
