// The side panel's tabs: chosen with the mouse or the keyboard, kept in the URL (Back, permalinks),
// a bad tab= named; the list tab counts the listed projects; on a phone a bottom sheet that folds.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab } from './harness';
import { box } from './support/boxes';

const browser = useBrowser();

const tabParam = (page: Page) => new URL(page.url()).searchParams.get('tab');
const selected = (page: Page, tab: string) => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected');

describe('panel tabs', () => {
  it('opens on Layers & filters; a click shows another tab, puts it in the URL, and Back returns', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    expect(await selected(page, 'layers')).toBe('true');
    expect(await page.getByTestId('filters-panel').isVisible()).toBe(true);
    expect(await page.getByTestId('feature-list').isVisible()).toBe(false);
    expect(tabParam(page)).toBeNull();

    await page.getByRole('tab', { name: /^Questions/ }).click();
    expect(await selected(page, 'questions')).toBe('true');
    expect(await selected(page, 'layers')).toBe('false');
    expect(await page.getByTestId('questions-panel').isVisible()).toBe(true);
    expect(await page.getByTestId('filters-panel').isVisible()).toBe(false);
    expect(tabParam(page)).toBe('questions');

    await page.goBack();
    await expect.poll(() => selected(page, 'layers')).toBe('true');
    expect(await page.getByTestId('filters-panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves between tabs with the arrow keys and opens one with Enter or Space', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await page.getByTestId('tab-layers').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-list');
    // focus alone does not switch (manual activation)
    expect(await selected(page, 'layers')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await selected(page, 'list')).toBe('true');
    expect(await page.getByTestId('feature-list').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-mydata');
    await page.keyboard.press('Space');
    expect(await selected(page, 'mydata')).toBe('true');
    expect(tabParam(page)).toBe('mydata');
    // the open tab is the one Tab lands on; the others are skipped
    expect(await page.getByTestId('tab-mydata').getAttribute('tabindex')).toBe('0');
    expect(await page.getByTestId('tab-list').getAttribute('tabindex')).toBe('-1');
    await context.close();
  });

  it('restores the tab of a permalink and names a tab that does not exist', async () => {
    const restored = await openApp(browser, { query: '?lang=en&tab=charts' });
    expect(await selected(restored.page, 'charts')).toBe('true');
    expect(await restored.page.getByTestId('analysis-panel').isVisible()).toBe(true);
    await restored.context.close();

    const { page, context } = await openApp(browser, { query: '?lang=en&tab=settings&sel=u:510100' });
    await expect.poll(() => page.getByTestId('notices').textContent()).toContain('settings');
    expect(await page.getByTestId('notices').textContent()).toContain('tab');
    expect(await selected(page, 'layers')).toBe('true');
    // the rest of the URL still applies
    expect(await page.getByTestId('details-panel').isVisible()).toBe(true);
    await context.close();
  });

  it('counts the listed projects on the List tab, following the filters', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const countOnTab = async () => Number(/\((\d+)\)/.exec((await page.getByTestId('tab-list').textContent()) ?? '')?.[1]);
    const rowsInList = () => page.getByTestId('feature-list-row').count();
    expect(await countOnTab()).toBe(await rowsInList());
    await page.goto(`${page.url().split('?')[0]}?lang=en&prov=chongqing`);
    await page.waitForSelector('body[data-ready="true"]');
    const filtered = await rowsInList();
    expect(filtered).toBeGreaterThan(0);
    expect(await countOnTab()).toBe(filtered);
    await openTab(page, 'list');
    expect(await page.getByTestId('feature-list').isVisible()).toBe(true);
    await context.close();
  });

  it('shows the selection details above the tabs and closes them with Escape', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:htz-chengdu&tab=questions' });
    // the details region scrolls on its own when the details are long
    const details = await box(page, 'panel-details');
    expect(await page.getByTestId('feature-details').isVisible()).toBe(true);
    const tabs = await box(page, 'panel-tabs');
    expect(details.y + details.height).toBeLessThanOrEqual(tabs.y + 1);
    expect(await page.getByTestId('questions-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('feature-details').isVisible()).toBe(false);
    expect(await selected(page, 'questions')).toBe('true');
    await context.close();
  });
});

describe('on a phone', () => {
  const phone = { width: 375, height: 667 };

  it('keeps the header to two rows and at least half of the map uncovered by the sheet', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:htz-chengdu', viewport: phone });
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    for (const id of ['search', 'export-open', 'embed-open', 'lang-switch']) {
      const control = await box(page, id);
      expect(control.x + control.width).toBeLessThanOrEqual(phone.width);
    }
    const map = await box(page, 'map');
    const sheet = await box(page, 'panels');
    expect(sheet.height).toBeLessThanOrEqual(map.height / 2 + 1);
    expect(await page.getByTestId('feature-details').isVisible()).toBe(true);
    await context.close();
  });

  it('starts folded so the map comes first, unfolds and folds again, from the keyboard too', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh', viewport: phone });
    const handle = page.getByTestId('sheet-toggle');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('panel-tabs').isVisible()).toBe(false);
    const folded = await box(page, 'panels');
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('filters-panel').isVisible()).toBe(true);
    const open = await box(page, 'panels');
    expect(folded.height).toBeLessThan(open.height / 2);
    await handle.focus();
    await page.keyboard.press('Enter');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('panel-tabs').isVisible()).toBe(false);
    await context.close();
  });
});
