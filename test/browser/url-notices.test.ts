// Links as people really share them: with tracking parameters from WeChat or Facebook, with hundreds
// of junk parameters, longer than 16 KB, with well-formed ids that name nothing, and with embed
// options outside the embed. The map must stay usable and every real problem be named once.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, useBrowser, openApp } from './harness';
import { box } from './support/boxes';

const browser = useBrowser();

const notices = (page: Page) => page.getByTestId('notices');

describe('tracking parameters', () => {
  it('opens a link shared from WeChat or Facebook without a single notice', async () => {
    const query = '?lang=en&sel=u:510100&utm_source=wechat&utm_medium=social&utm_campaign=c1&fbclid=IwAR3xyz&gclid=Cj0KCQ&from=singlemessage&isappinstalled=0&spm=a2h0c.8166622.PhoneSokuUgc_1';
    const { page, context, errors } = await openApp(browser, { query });
    await expect.poll(() => page.getByTestId('details-panel').isVisible().catch(() => false)).toBe(true);
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(await notices(page).textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('many notices', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    it(`merges 900 junk parameters into one summary that covers at most a strip of the map (${viewport.width}×${viewport.height})`, async () => {
      const junk = Array.from({ length: 900 }, (_, i) => `junk${i}=${i}`).join('&');
      const { page, context, errors } = await openApp(browser, { query: `?lang=en&${junk}`, viewport });
      const map = await box(page, 'map');
      expect(await page.getByTestId('notice').count()).toBe(1);
      expect(await page.getByTestId('notice').textContent()).toContain('900 notices:');
      expect(await page.getByTestId('notice-list').locator('li').count()).toBe(900);
      expect(await page.getByTestId('notice-list').textContent()).toContain('ignored parameter "junk899": unknown parameter');
      const closed = await box(page, 'notices');
      expect(closed.height).toBeLessThanOrEqual(60);
      // Opened, the list scrolls inside a strip: most of the map stays in view and clickable.
      await page.getByTestId('notice').locator('summary').click();
      await expect.poll(() => page.getByTestId('notice-list').isVisible()).toBe(true);
      const opened = await box(page, 'notices');
      expect(opened.height).toBeLessThanOrEqual(map.height * 0.35);
      const below = { x: map.x + map.width / 2, y: Math.min(map.y + map.height - 20, opened.y + opened.height + 60) };
      expect(await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[data-testid="map"]')), below)).toBe(true);
      // One button dismisses them all.
      await page.getByTestId('notice').getByRole('button', { name: 'Dismiss notice' }).click();
      await expect.poll(() => page.getByTestId('notice').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows a single notice as it is, without a summary', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&foo=1' });
    expect(await page.getByTestId('notice').textContent()).toContain('ignored parameter "foo": unknown parameter');
    expect(await page.getByTestId('notice').locator('summary').count()).toBe(0);
    await context.close();
  });
});

describe('long links', () => {
  it('serves a link longer than 16 KB and names its one bad parameter, shortened', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?lang=en&sel=u:510100&pasted=${'x'.repeat(20_000)}` });
    const text = (await page.getByTestId('notice').textContent()) ?? '';
    expect(text).toContain('ignored parameter "pasted"');
    expect(text.length).toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a link too long for the server with a page that says so, not a blank page', async () => {
    const response = await fetch(`${appURL()}?lang=en&pasted=${'x'.repeat(300_000)}`);
    expect(response.status).toBe(431);
    const page = await response.text();
    expect(page).toContain('This map link is longer than 256 KB');
    expect(page).toContain('链接太长');
  });
});

describe('ids that name nothing', () => {
  it('names an unknown prefecture code in the app', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&city=519999' });
    await expect.poll(() => notices(page).textContent()).toContain('no prefecture-level unit has the code 519999 (parameter "city")');
    await context.close();
  });

  it('names unknown prefecture, project and corridor ids in the embed', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&embed=1&city=519999&sel=f:no-such-project&qc=no-such-corridor' });
    await expect.poll(() => notices(page).textContent()).toContain('519999');
    const text = (await notices(page).textContent()) ?? '';
    expect(text).toContain('ignored unknown project "no-such-project"');
    expect(text).toContain('ignored unknown corridor "no-such-corridor"');
    await context.close();
  });

  it('names title and legend in a link without embed=1', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&title=0&legend=closed' });
    const text = (await notices(page).textContent()) ?? '';
    expect(text).toContain('ignored parameter "title": it is used only by the embed (embed=1)');
    expect(text).toContain('ignored parameter "legend"');
    await context.close();
  });
});

describe('questions the map cannot answer', () => {
  // A measured "polygon" whose corners are only two distinct points: the spatial module rejects it,
  // and the reason reads in the page's language (it was English inside the Chinese sentence).
  const FLAT = 'qm=a:104 30,105 30,104 30';
  it.each([
    ['zh', '分析失败：多边形至少需要三个不同的顶点'],
    ['en', 'The question could not be answered: polygon needs at least three distinct corners'],
  ])('says why in %s', async (lang, expected) => {
    const { page, context, errors } = await openApp(browser, { query: `?lang=${lang}&${FLAT}` });
    await expect.poll(() => notices(page).textContent()).toContain(expected);
    expect(errors).toEqual([]);
    await context.close();
  });
});
