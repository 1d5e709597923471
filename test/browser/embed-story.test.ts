// A map story: built in the full app ("Add this view as a step"), pasted as one embed code, and
// stepped through by a reader in a news page on another origin with the buttons, the arrow keys
// and a swipe. Each step's state is its own address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { drawnFeatureIds, launchBrowser, openApp } from './harness';
import { openHostPage, startHostServer, type HostServer } from './embed-host';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer();
});
afterAll(async () => {
  await browser.close();
  await host.close();
});

describe('map story', () => {
  it('is built from three views in the full app and stepped through in the embed by button, key and swipe', async () => {
    // The author moves between three views (here through the address and Back/Forward's popstate,
    // as the layers panel would) and adds each as a step.
    const author = await openApp(browser, { query: '?lang=en&hide=pilot_zone,industrial_park,platform' });
    const add = async (text: string) => {
      await author.page.getByTestId('embed-open').click();
      await author.page.getByTestId('story-step-text').fill(text);
      await author.page.getByTestId('story-add').click();
      await author.page.keyboard.press('Escape');
    };
    await add('First the corridors');
    await author.page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('hide', 'corridor,industrial_park,platform');
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => author.page.locator('[data-feature-id="hsr-chengdu-chongqing"]').count()).toBe(0);
    await add('Then the pilot zones');
    await author.page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('hide', 'corridor,pilot_zone,platform');
      url.searchParams.set('asof', '2012');
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await add('Then the parks, as of 2012');
    await author.page.getByTestId('embed-open').click();
    expect(await author.page.getByTestId('story-steps').locator('li').allTextContents()).toEqual(['First the corridors×', 'Then the pilot zones×', 'Then the parks, as of 2012×']);
    const code = await author.page.getByTestId('embed-code').inputValue();
    const src = new URL(code.match(/<iframe src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    const story = JSON.parse(src.searchParams.get('story')!) as [string, string][];
    expect(story.map(([query]) => new URLSearchParams(query).get('hide'))).toEqual(['pilot_zone,industrial_park,platform', 'corridor,industrial_park,platform', 'corridor,pilot_zone,platform']);
    expect(new URLSearchParams(story[2]![0]).get('asof')).toBe('2012');
    await author.context.close();

    const { context: hostContext, page: hostPage, frame, errors } = await openHostPage(browser, host, { embedQuery: src.search.slice(1), viewport: { width: 375, height: 560 }, touch: true });
    const position = frame.getByTestId('story-position');
    const text = frame.getByTestId('story-text');
    // on the map: drawn alone or counted in a cluster symbol
    const onMap = (id: string) => ({ count: async () => ((await drawnFeatureIds(frame)).includes(id) ? 1 : 0) });
    const corridor = onMap('hsr-chengdu-chongqing');
    const park = onMap('etdz-mianyang');
    const lateScienceCity = onMap('western-science-city-chengdu');
    expect(await position.textContent()).toBe('Step 1 of 3');
    expect(await text.textContent()).toBe('First the corridors');
    expect(await corridor.count()).toBeGreaterThan(0);
    expect(await park.count()).toBe(0);
    // by button
    await frame.getByTestId('story-next').click();
    await expect.poll(() => position.textContent()).toBe('Step 2 of 3');
    expect(await text.textContent()).toBe('Then the pilot zones');
    await expect.poll(() => corridor.count()).toBe(0);
    // by key
    await frame.getByTestId('story-next').focus();
    await hostPage.keyboard.press('ArrowRight');
    await expect.poll(() => position.textContent()).toBe('Step 3 of 3');
    await expect.poll(() => park.count()).toBeGreaterThan(0);
    expect(await lateScienceCity.count()).toBe(0);
    expect(await frame.getByTestId('story-next').isDisabled()).toBe(true);
    await hostPage.keyboard.press('ArrowLeft');
    await expect.poll(() => position.textContent()).toBe('Step 2 of 3');
    // by swipe (right to left = next)
    const bar = (await frame.getByTestId('story').boundingBox())!;
    const cdp = await hostContext.newCDPSession(hostPage);
    const y = bar.y + bar.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: bar.x + bar.width * 0.8, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: bar.x + bar.width * 0.5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: bar.x + bar.width * 0.2, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => position.textContent()).toBe('Step 3 of 3');
    expect(errors).toEqual([]);
    await hostContext.close();
  });
});
