// Permalinks: a copied URL restores the same map, list and panel; back and forward step through
// changes; a URL with garbage parameters is reported and the app still works.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, waitForMapReady, openTab, settledUrl, query, listRowIds } from './harness';
import { featureProperties } from './feature-data';

const browser = useBrowser();


describe('permalinks', () => {
  it('restores filters, search, selection, language, sort and view from a copied URL', async () => {
    const chosen = featureProperties('cbz-chongqing-xiyong');
    const { page, context } = await openApp(browser, { query: '?lang=zh&prov=chongqing&yr=2005-2022' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('search').fill('bonded');
    await page.getByTestId('search').press('Escape');
    await openTab(page, 'list');
    await page.getByTestId('feature-list-sort-year').click();
    await page.getByTestId('feature-list-sort-year').click();
    await page.locator(`tr[data-feature-id="${chosen.id}"]`).click();
    // choosing the row sets the view with the selection; the map flies there and keeps that view
    expect(query(page.url()).get('v')).not.toBeNull();
    const url = await settledUrl(page);
    const params = query(url);
    expect(params.get('lang')).toBe('en');
    expect(params.get('q')).toBe('bonded');
    expect(params.get('sort')).toBe('-year');
    expect(params.get('sel')).toBe(`f:${chosen.id}`);
    expect(params.get('prov')).toBe('chongqing');
    expect(params.get('yr')).toBe('2005-2022');
    expect(params.get('tab')).toBe('list');
    const rows = await listRowIds(page);
    const panelText = await page.getByTestId('feature-details').textContent();
    expect(rows).toContain(chosen.id);
    // every row honours the filters and the search, read independently from the data file
    for (const id of rows) {
      const p = featureProperties(id as string);
      expect(p.name_en.toLowerCase()).toContain('bonded');
      expect(p.year === null || (p.year >= 2005 && p.year <= 2022)).toBe(true);
    }

    const copy = await context.newPage();
    await copy.goto(url);
    await waitForMapReady(copy);
    expect(await listRowIds(copy)).toEqual(rows);
    expect(await copy.getByTestId('tab-list').getAttribute('aria-selected')).toBe('true');
    expect(await copy.getByTestId('feature-list').isVisible()).toBe(true);
    await expect.poll(() => copy.getByTestId('feature-details').textContent()).toBe(panelText);
    expect(await copy.getByTestId('search').inputValue()).toBe('bonded');
    expect(await copy.locator('th[data-column="year"]').getAttribute('aria-sort')).toBe('descending');
    expect(await copy.locator('html').getAttribute('lang')).toBe('en');
    // the copy writes nothing back: its address, once the map is still and any pending write is done
    expect(await settledUrl(copy)).toBe(url);
    await context.close();
  });

  it('steps back and forward through selection, sort and language changes', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'list');
    const first = featureProperties('htz-mianyang');
    const second = featureProperties('etdz-deyang');
    const panel = page.getByTestId('feature-details');
    await page.locator(`tr[data-feature-id="${first.id}"]`).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(first.name_zh);
    await page.locator(`tr[data-feature-id="${second.id}"]`).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(second.name_zh);
    await page.getByTestId('feature-list-sort-city').click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(second.name_en);

    await page.goBack();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(second.name_zh);
    expect(query(page.url()).get('sort')).toBe('city');
    await page.goBack();
    await expect.poll(() => page.locator('th[data-column="city"]').getAttribute('aria-sort')).toBeNull();
    await page.goBack();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(first.name_zh);
    expect(await page.locator(`tr[data-feature-id="${first.id}"]`).getAttribute('aria-current')).toBe('true');
    await page.goForward();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(second.name_zh);
    expect(query(page.url()).get('sel')).toBe(`f:${second.id}`);
    await context.close();
  });

  it('names garbage parameters in a status notice and still shows the map and the list', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=xx&v=abc&sel=f:nope&yr=zzz&foo=1&sort=sideways', locale: 'en-US' });
    const notices = page.getByTestId('notices');
    expect(await notices.getAttribute('role')).toBe('status');
    const text = await notices.textContent();
    for (const fragment of ['"lang"', '"xx"', '"v"', '"abc"', '"yr"', '"zzz"', '"foo"', '"sort"', '"sideways"']) expect(text).toContain(fragment);
    // "f:nope" is a well-formed id that is not in the data: reported by name
    await expect.poll(() => notices.textContent()).toContain('nope');
    expect(await page.locator('path[data-adcode="510100"]').count()).toBe(1);
    expect(await page.getByTestId('feature-list-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('feature-details').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
