// "Go to this feature" is a state change: a list row or a search hit selects the feature and sets
// the view framing it in one history entry; the map follows the state, and Back puts both back.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, settledUrl, query } from './harness';
import { featureProperties } from './feature-data';

const browser = useBrowser();


/** Where Chengdu's outline is drawn on screen: it moves and grows when the map does. */
const chengduBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('path[data-adcode="510100"]')!.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  });

/** the same place on screen, give or take sub-pixel rounding */
const samePlace = (a: number[], b: number[]) => a.every((value, i) => Math.abs(value - b[i]!) <= 2);

/** The feature's drawn symbol is inside the part of the map the side panel leaves uncovered. */
async function featureInClearMap(page: Page, id: string): Promise<boolean> {
  const map = (await page.getByTestId('map').boundingBox())!;
  const panel = (await page.getByTestId('panels').boundingBox())!;
  // a panel as wide as the map is the phone's bottom sheet (it covers the bottom), else a side column
  const sheet = panel.width >= 0.9 * map.width;
  const right = sheet ? map.x + map.width : Math.min(map.x + map.width, panel.x);
  const bottom = sheet ? Math.min(map.y + map.height, panel.y) : map.y + map.height;
  const boxes = await page.locator(`[data-feature-id="${id}"]:not(tr):not(li)`).evaluateAll((elements) =>
    elements.map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  return boxes.some((b) => b.x > map.x && b.x < right && b.y > map.y && b.y < bottom);
}

describe('go to a feature', () => {
  it('a list row moves the map onto the feature in one history step; Back restores the view', async () => {
    const park = featureProperties('etdz-mianyang');
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'list');
    const before = await settledUrl(page);
    const startBox = await chengduBox(page);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator(`tr[data-feature-id="${park.id}"]`).click();
    // one entry with both the selection and the view (the view is there at once, not after the flight)
    expect(query(page.url()).get('sel')).toBe(`f:${park.id}`);
    const v = query(page.url()).get('v');
    expect(v).not.toBeNull();
    const [lat, lon, zoom] = v!.split(',').map(Number) as [number, number, number];
    expect(Math.abs(lat - park.anchor[1])).toBeLessThan(0.5);
    expect(Math.abs(lon - park.anchor[0])).toBeLessThan(0.5);
    expect(zoom).toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
    // the map follows: the park is drawn in the uncovered part, and the address keeps that view
    await settledUrl(page);
    expect(await featureInClearMap(page, park.id)).toBe(true);
    expect(query(page.url()).get('v')).toBe(v);
    expect(samePlace(await chengduBox(page), startBox)).toBe(false);

    await page.goBack();
    await expect.poll(() => query(page.url()).get('sel')).toBeNull();
    expect(await settledUrl(page)).toBe(before);
    expect(samePlace(await chengduBox(page), startBox)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a search hit on a phone frames the feature above the bottom sheet; Back restores the view', async () => {
    const airport = featureProperties('airport-chongqing-jiangbei');
    const { page, context } = await openApp(browser, { query: '?lang=en', viewport: { width: 390, height: 844 }, touch: true });
    const before = await settledUrl(page);
    const startBox = await chengduBox(page);
    await page.getByTestId('search').fill(airport.name_en);
    await page.locator(`#search-list [data-feature-id="${airport.id}"]`).click();
    await expect.poll(() => query(page.url()).get('sel')).toBe(`f:${airport.id}`);
    await settledUrl(page);
    expect(await featureInClearMap(page, airport.id)).toBe(true);
    expect(Number(query(page.url()).get('v')!.split(',')[2])).toBeGreaterThanOrEqual(8);
    await page.goBack();
    await expect.poll(() => query(page.url()).get('sel')).toBeNull();
    // the search text stays (it has its own entry); the view is the default framing again (fitted
    // around the sheet as it is now, so the same scale give or take the sheet's height)
    expect(query(await settledUrl(page)).get('v')).toBe(query(before).get('v'));
    const width = (await chengduBox(page))[2]!;
    expect(width).toBeGreaterThan(startBox[2]! / 1.5);
    expect(width).toBeLessThan(startBox[2]! * 1.5);
    await context.close();
  });
});
