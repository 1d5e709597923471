// public/embed.js on the host page accepts only well-formed height messages from its own iframe:
// the same cases as the unit test of src/embed/message-guard.ts, sent for real through postMessage.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { heightReportsHandled, openHostPage, postToHost, useHostServer } from './embed-host';
import { HEIGHT_MESSAGE_CASES } from '../embed/height-message-cases';

const browser = useBrowser();
const host = useHostServer();

describe('embed.js message validation', () => {
  it('applies exactly the heights acceptedHeight accepts, and only from the embed', async () => {
    const { context, page, frame } = await openHostPage(browser, host);
    const heightAttribute = () => page.evaluate(() => document.getElementById('embed')!.getAttribute('height'));
    await expect.poll(heightAttribute).not.toBe('300');
    for (const { label, data, expected } of HEIGHT_MESSAGE_CASES) {
      // A known starting point, sent the legitimate way.
      await postToHost(page, frame, { type: 'chengyu-embed:height', height: 321 });
      expect(await heightAttribute()).toBe('321');
      // Awaited until the host page has handled it, so a message wrongly accepted shows at once.
      await postToHost(page, frame, data);
      expect(await heightAttribute(), label).toBe(expected === null ? '321' : String(expected));
    }
    // A valid message from anyone but the iframe (here the host page itself) is ignored.
    await postToHost(page, page, { type: 'chengyu-embed:height', height: 999 });
    expect(await heightAttribute()).toBe('321');
    await context.close();
  });
});

// Issue: an embed below the fold reported its final height late, so the article jumped when the
// reader reached it. The host page records every change of the iframe's height with whether the
// iframe was on screen at that moment, and the browser's own layout-shift score.
describe('an embed below the fold', () => {
  const recordShifts = () => {
    if (window.top !== window) return;
    const log = { changes: [] as { height: string | null; onScreen: boolean }[], shift: 0 };
    (window as unknown as { heightLog: typeof log }).heightLog = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) log.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const frame = document.getElementById('embed')!;
      new MutationObserver(() => {
        const box = frame.getBoundingClientRect();
        log.changes.push({ height: frame.getAttribute('height'), onScreen: box.bottom > 0 && box.top < window.innerHeight });
      }).observe(frame, { attributes: true, attributeFilter: ['height'] });
    });
  };
  type HeightLog = { changes: { height: string | null; onScreen: boolean }[]; shift: number };

  for (const { lang, viewport, touch } of [
    { lang: 'zh', viewport: { width: 390, height: 844 }, touch: true },
    { lang: 'en', viewport: { width: 1024, height: 768 }, touch: false },
  ]) {
    it(`has its final height before the reader scrolls to it (${lang}, ${viewport.width}×${viewport.height})`, async () => {
      const words = new URLSearchParams({ hed: 'Parks along the corridor', dek: 'Where the two cities meet. '.repeat(4), note: 'Positions of parks are approximate.', credit: 'Graphic: the newsroom' });
      const { context, page, frame } = await openHostPage(browser, host, {
        embedQuery: `embed=1&lang=${lang}&asof=2015&${words}`,
        viewport,
        touch,
        belowFold: true,
        waitForEmbed: false,
        initScript: recordShifts,
      });
      const iframeTop = () => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().top);
      expect(await iframeTop()).toBeGreaterThan(viewport.height * 3);
      // The reader is still at the top of the article when the embed has sized itself.
      await expect.poll(() => page.evaluate(() => (window as unknown as { heightLog: HeightLog }).heightLog.changes.length), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The reader scrolls down to the map, a screen at a time.
      while ((await iframeTop()) > viewport.height / 3) await page.mouse.wheel(0, viewport.height * 0.8);
      await frame.waitForSelector('body[data-ready="true"]');
      // Settled: the iframe is as tall as the embed's content.
      const contentHeight = () => frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed"]')!.getBoundingClientRect().height));
      const heightAttribute = () => page.evaluate(() => Number(document.getElementById('embed')!.getAttribute('height')));
      await expect.poll(async () => Math.abs((await heightAttribute()) - (await contentHeight()))).toBeLessThanOrEqual(1);
      // every height the embed has reported has been handled by the host page and is in the log
      await heightReportsHandled(page, frame);
      const log = await page.evaluate(() => (window as unknown as { heightLog: HeightLog }).heightLog);
      expect(log.changes.filter((change) => change.onScreen), 'height changes while the iframe was on screen').toEqual([]);
      expect(log.shift, 'layout shift in the article').toBe(0);
      await context.close();
    });
  }
});
