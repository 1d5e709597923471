// Searching for a project by Chinese name, English name or pinyin initials, with mouse and keyboard.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, query } from './harness';
import { featureProperties } from './feature-data';

const browser = useBrowser();


/** The URL's view is close in on the point: centred within ~0.3° and zoomed past the region view (zoom ≥ 8). */
function viewIsOn(url: string, [lon, lat]: [number, number]): boolean {
  const v = query(url).get('v');
  if (v === null) return false;
  const [vLat, vLon, zoom] = v.split(',').map(Number) as [number, number, number];
  return Math.abs(vLat - lat) < 0.3 && Math.abs(vLon - lon) < 0.3 && zoom >= 8;
}

/** The feature's drawn element lies (at least partly) inside the visible map. */
async function featureInViewport(page: Page, id: string): Promise<boolean> {
  const map = await page.getByTestId('map').boundingBox();
  const boxes = await page.locator(`[data-feature-id="${id}"]:not(tr)`).evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  if (!map || boxes.length === 0) return false;
  return boxes.some((b) => b.x + b.width >= map.x && b.x <= map.x + map.width && b.y + b.height >= map.y && b.y <= map.y + map.height);
}

describe('search', () => {
  it('finds a project by its Chinese name with the keyboard and zooms to it', async () => {
    const tianfu = featureProperties('tianfu-new-area');
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    const before = query(page.url()).get('v');
    const box = page.getByTestId('search');
    await box.focus();
    await page.keyboard.type(tianfu.name_zh);
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).not.toBeNull();
    expect(await page.locator(`#${activeId}`).getAttribute('data-feature-id')).toBe(tianfu.id);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('feature-details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h2').textContent()).toBe(tianfu.name_zh);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => query(page.url()).get('sel')).toBe(`f:${tianfu.id}`);
    // the map flew to the feature: a new view, and the feature drawn inside it
    await expect.poll(() => query(page.url()).get('v'), { timeout: 5000 }).not.toBe(before);
    await expect.poll(() => viewIsOn(page.url(), tianfu.anchor), { timeout: 5000 }).toBe(true);
    await expect.poll(() => featureInViewport(page, tianfu.id)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a project by its English name in any case with the mouse', async () => {
    const airport = featureProperties('airport-chongqing-jiangbei');
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('search').fill(airport.name_en.toUpperCase().slice(0, 20));
    const option = page.locator(`#search-list [data-feature-id="${airport.id}"]`);
    await option.click();
    const panel = page.getByTestId('feature-details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(airport.name_en);
    expect(query(page.url()).get('sel')).toBe(`f:${airport.id}`);
    await expect.poll(() => viewIsOn(page.url(), airport.anchor), { timeout: 5000 }).toBe(true);
    await expect.poll(() => featureInViewport(page, airport.id)).toBe(true);
    await context.close();
  });

  it('finds a city by pinyin initials and selects the unit', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await page.getByTestId('search').fill('zg');
    const zigong = page.locator('#search-list [data-adcode="510300"]');
    await expect.poll(() => zigong.count()).toBe(1);
    await zigong.click();
    await expect.poll(() => query(page.url()).get('sel')).toBe('u:510300');
    expect(await page.getByTestId('details-panel').locator('h2').textContent()).toBe('自贡市');
    await context.close();
  });

  it('closes the suggestions with Escape without clearing the selection, and says when nothing matches', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:htz-chengdu' });
    const box = page.getByTestId('search');
    await box.fill('zzzzqqq');
    await expect.poll(() => page.getByTestId('search-list').textContent()).toBe('Nothing matches');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('feature-details').isVisible()).toBe(true);
    expect(query(page.url()).get('sel')).toBe('f:htz-chengdu');
    await context.close();
  });

  it('finds 成都高新区 by the README initials cdgxq, grouped, saying what matched', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    const box = page.getByTestId('search');
    await box.focus();
    await page.keyboard.type('cdgxq');
    const first = page.locator('#search-list [role="option"]').first();
    await expect.poll(() => first.getAttribute('data-feature-id')).toBe('htz-chengdu');
    expect(await first.locator('.option-match').textContent()).toBe('拼音首字母：cdgxq · 成都高新区');
    expect(await page.locator('#search-list [role="group"]').first().locator('.search-group-heading').textContent()).toBe('项目');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page.url()).get('sel')).toBe('f:htz-chengdu');
    await context.close();
  });

  it('lists the projects of a type chosen by its short name (综保区)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    const box = page.getByTestId('search');
    await box.fill('综保区');
    const type = page.locator('#search-list [data-type="subtype:comprehensive_bonded_zone"]');
    await expect.poll(() => type.count()).toBe(1);
    expect(await page.locator('#search-list [role="option"]').first().getAttribute('data-type')).toBe('subtype:comprehensive_bonded_zone');
    await type.click();
    await expect.poll(() => query(page.url()).get('tab')).toBe('list');
    expect(query(page.url()).get('q')).toBe('综合保税区');
    expect(await box.inputValue()).toBe('综合保税区');
    await context.close();
  });

  it('finds a district by its former name in English mode (武隆县 → 武隆区)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('search').fill('武隆县');
    const option = page.locator('#search-list [role="option"]').first();
    await expect.poll(() => option.getAttribute('data-adcode')).toBe('500156');
    expect(await option.locator('.option-match').textContent()).toBe('short or former name: 武隆县');
    await context.close();
  });
});
