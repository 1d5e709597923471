// A map story: built in the full app ("Add this view as a step"), pasted as one embed code, and
// stepped through by a reader in a news page on another origin with the buttons, the arrow keys
// and a swipe. Each step's state is its own address.
import { describe, expect, it } from 'vitest';
import { drawnFeatureIds, useBrowser, openApp } from './harness';
import { openHostPage, useHostServer } from './embed-host';

const browser = useBrowser();
const host = useHostServer();

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
    // The scrolling form of the same story: the map sticks, one article block per step.
    await author.page.getByTestId('embed-option-scrolly').check();
    const scrollCode = await author.page.getByTestId('embed-code').inputValue();
    expect([...scrollCode.matchAll(/<div data-chengyu-step="(\d)"[^>]*><p[^>]*>([^<]*)<\/p><\/div>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['1', 'First the corridors'],
      ['2', 'Then the pilot zones'],
      ['3', 'Then the parks, as of 2012'],
    ]);
    expect(scrollCode).toContain('position:sticky');
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

// Scrolling mode: the article's own blocks (data-chengyu-step) drive the story through embed.js as
// the reader scrolls; the embed sticks to the top of the screen and never takes the page's scroll.
describe('scrolling story', () => {
  const STORY = JSON.stringify([
    ['?hide=pilot_zone,industrial_park,platform', 'First the corridors'],
    ['?hide=corridor,industrial_park,platform', 'Then the pilot zones'],
    ['?hide=corridor,pilot_zone,platform&asof=2012', 'Then the parks, as of 2012'],
  ]);
  const storyQuery = (lang: string) => `embed=1&lang=${lang}&${new URLSearchParams({ story: STORY })}`;
  const middleOf = (id: string) => `#${id}`;

  it('follows the article’s blocks as the reader scrolls with the wheel, also over the map (en, 1024×768)', async () => {
    const { context, page, frame, errors } = await openHostPage(browser, host, { embedQuery: storyQuery('en'), viewport: { width: 1024, height: 768 }, scrollySteps: 3 });
    const position = frame.getByTestId('story-position');
    const corridor = frame.locator('[data-feature-id="hsr-chengdu-chongqing"]');
    expect(await position.textContent()).toBe('Step 1 of 3');
    const blockTop = (id: string) => page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().top, middleOf(id));
    // The reader scrolls with the wheel over the article's text, beside the map…
    await page.mouse.move(1000, 700);
    while ((await blockTop('step-2')) > 768 / 2 - 20) await page.mouse.wheel(0, 150);
    await expect.poll(() => position.textContent()).toBe('Step 2 of 3');
    await expect.poll(() => corridor.count()).toBe(0);
    // …and over the map itself: the page scrolls on (no scroll trap) and step 3 comes.
    const map = (await frame.getByTestId('map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const scrolled = await page.evaluate(() => window.scrollY);
    while ((await blockTop('step-3')) > 768 / 2 - 20) await page.mouse.wheel(0, 150);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expect.poll(() => position.textContent()).toBe('Step 3 of 3');
    // Only parks now (drawn one by one or gathered into clusters, as the zoom decides): the summary says so.
    await expect.poll(() => frame.getByTestId('embed-summary').textContent()).toMatch(/^Map of \d+ features?: industrial parks: \d+\.$/);
    // Back up: the story follows.
    await page.mouse.move(1000, 700);
    while ((await blockTop('step-2')) < 768 / 2 + 20) await page.mouse.wheel(0, -150);
    await expect.poll(() => position.textContent()).toBe('Step 2 of 3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the article’s blocks on a phone when a finger scrolls the page over the map (zh, 390×844)', async () => {
    const { context, page, frame, errors } = await openHostPage(browser, host, { embedQuery: storyQuery('zh'), viewport: { width: 390, height: 844 }, touch: true, scrollySteps: 3 });
    const position = frame.getByTestId('story-position');
    const corridor = frame.locator('[data-feature-id="hsr-chengdu-chongqing"]');
    expect(await position.textContent()).toBe('第 1 步，共 3 步');
    const blockTop = (id: string) => page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().top, middleOf(id));
    const cdp = await context.newCDPSession(page);
    // One finger drags up over the map, a few times: the page scrolls and the story moves on.
    const drag = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 8; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 25 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    while ((await blockTop('step-2')) > 844 / 2 - 20) {
      const before = await page.evaluate(() => window.scrollY);
      const box = (await frame.getByTestId('map').boundingBox())!;
      const top = Math.max(box.y, 0);
      const bottom = Math.min(box.y + box.height, 844);
      expect(bottom - top, 'the map is on screen').toBeGreaterThan(220);
      // From near the bottom of the map's visible part, upwards (the drag stays on the map).
      await drag(box.x + box.width / 2, bottom - 10);
      expect(await page.evaluate(() => window.scrollY), 'the page scrolls under a finger on the map').toBeGreaterThan(before);
    }
    await expect.poll(() => position.textContent()).toBe('第 2 步，共 3 步');
    await expect.poll(() => corridor.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
