// Hover, click, keyboard and language: what a reader does with the map.
import { describe, expect, it } from 'vitest';
import { afterMapMove, useBrowser, openApp, waitForMapReady, query } from './harness';

const browser = useBrowser();


describe('units on the map', () => {
  it('names a unit on hover and opens its details on click, with the selection in the URL', async () => {
    // 阿坝州: a large unit with no project drawn over its middle, so the pointer reaches the unit itself.
    const { page, context, errors } = await openApp(browser, { locale: 'zh-CN' });
    const aba = page.locator('path[data-adcode="513200"]');
    await aba.hover();
    await expect.poll(() => page.locator('.leaflet-tooltip').textContent()).toBe('阿坝藏族羌族自治州');
    await aba.click();
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h2').textContent()).toBe('阿坝藏族羌族自治州');
    const text = await panel.textContent();
    expect(text).toContain('Ngawa Tibetan and Qiang Autonomous Prefecture');
    expect(text).toContain('四川省');
    // Area with thousands separators (阿坝 is over 80,000 km²).
    expect(text).toMatch(/\d{1,3}(,\d{3})+ 平方千米/);
    expect(query(page.url()).get('sel')).toBe('u:513200');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(query(page.url()).get('sel')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hovers a unit through the project layers drawn above it', async () => {
    // Chengdu lies under many project symbols; the parts of the map between them must still reach the unit.
    const { page, context } = await openApp(browser, { locale: 'zh-CN', query: '?hide=corridor,pilot_zone,industrial_park,platform' });
    const chengdu = page.locator('path[data-adcode="510100"]');
    await chengdu.hover();
    await expect.poll(() => page.locator('.leaflet-tooltip').textContent()).toBe('成都市');
    await context.close();
  });

  it('closes the details with its close button', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=u:500103' });
    const panel = page.getByTestId('details-panel');
    expect(await panel.locator('h2').textContent()).toBe('Yuzhong District');
    await page.getByTestId('details-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    await context.close();
  });

  it('loads the counties only when zoomed in, and draws them', async () => {
    const { page, context, requests } = await openApp(browser);
    expect(requests.some((url) => url.includes('boundaries-counties'))).toBe(false);
    const map = page.getByTestId('map');
    await map.focus();
    // One key press at a time: Leaflet ignores zoom keys while a zoom animation runs.
    const countiesRequested = () => requests.some((url) => url.includes('boundaries-counties'));
    for (let i = 0; i < 12 && !countiesRequested(); i += 1) {
      await afterMapMove(page, () => page.keyboard.press('Equal'));
    }
    expect(countiesRequested()).toBe(true);
    await expect.poll(() => page.locator('path[data-level="county"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('selects a unit from the keyboard: Tab to the search box, type a name, Enter', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('Zigong');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Zigong');
    expect(query(page.url()).get('sel')).toBe('u:510300');
    await context.close();
  });

  it('selects the unit under the crosshair with Enter on the focused map', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&v=30.66,104.06,9' });
    await page.getByTestId('map').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page.url()).get('sel') ?? '').toMatch(/^u:5101/);
    expect(await page.getByTestId('details-panel').isVisible()).toBe(true);
    await context.close();
  });
});

describe('language', () => {
  it('switches labels, panel, attribution, <html lang> and URL, and back/forward restores them', async () => {
    const { page, context, errors } = await openApp(browser, { locale: 'zh-CN', query: '?sel=u:510100' });
    const seat = page.locator('.seat-label[data-adcode="510100"]');
    expect(await seat.textContent()).toBe('成都市');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seat.textContent()).toBe('Chengdu');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('details-panel').locator('h2').textContent()).toBe('Chengdu');
    expect(await page.getByTestId('attribution').textContent()).toContain('not an official map');
    expect(query(page.url()).get('lang')).toBe('en');
    await page.goBack();
    await expect.poll(() => seat.textContent()).toBe('成都市');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.goForward();
    await expect.poll(() => seat.textContent()).toBe('Chengdu');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reloading restores the view, the language and the selection', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=29.56,106.55,9&sel=u:500103' });
    const before = await page.locator('path[data-adcode="500103"][data-level="prefecture"]').boundingBox();
    await page.reload();
    await waitForMapReady(page);
    const params = query(page.url());
    expect(params.get('lang')).toBe('en');
    expect(params.get('v')).toBe('29.56,106.55,9');
    expect(await page.getByTestId('details-panel').locator('h2').textContent()).toBe('Yuzhong District');
    const after = await page.locator('path[data-adcode="500103"][data-level="prefecture"]').boundingBox();
    expect(after).toEqual(before);
    await context.close();
  });

  it('keeps a view the user moved to across a reload', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('map').focus();
    // Each move is written to the URL once its animation ends; wait for each before the next key.
    await page.keyboard.press('Equal');
    await expect.poll(() => query(page.url()).get('v'), { timeout: 10_000 }).not.toBeNull();
    const zoomed = query(page.url()).get('v');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query(page.url()).get('v'), { timeout: 10_000 }).not.toBe(zoomed);
    const view = query(page.url()).get('v');
    await page.reload();
    await waitForMapReady(page);
    expect(query(page.url()).get('v')).toBe(view);
    await context.close();
  });
});

describe('bad URLs', () => {
  it('reports ignored parameters in a status message and still draws the map', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&v=abc&foo=1&sel=u:12' });
    const status = page.getByTestId('notices');
    expect(await status.getAttribute('role')).toBe('status');
    const text = await status.textContent();
    expect(text).toContain('ignored parameter "v": "abc" is not a valid view');
    expect(text).toContain('ignored parameter "foo"');
    expect(text).toContain('ignored parameter "sel"');
    expect(await page.locator('path[data-level="prefecture"]').count()).toBe(59);
    // The valid part of the URL still applies.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the selected unit does not exist', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=u:999999' });
    await expect.poll(() => page.getByTestId('notices').textContent()).toContain('999999');
    expect(await page.getByTestId('details-panel').isVisible()).toBe(false);
    await context.close();
  });
});
