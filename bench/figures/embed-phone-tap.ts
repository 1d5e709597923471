// embed-phone-tap: on the phone of embed-phone-first-map (375×560, touch, CPU 4× slower), a tap
// 16 px beside a lone marker over Chengdu until the compact card showing it is painted. Timed by the
// page: from the finger's lift (the pointerup event's timestamp) to the frame after the card appears.
// No baseline: the browser alone opens no card. Target ≤ 100 ms.
import type { Page } from 'playwright-core';
import type { TimedFigure } from '../figure';
import { phoneContext, throttle } from '../phone';
import { EMBED_QUERY, startEmbedBench, stopEmbedBench, type EmbedBench } from './embed-first-render';

interface TapBench {
  bench: EmbedBench;
  page: Page;
}

/**
 * Waits until the map has settled: no move under way and every symbol where it was ten frames
 * ago. On the slowed phone, labels, clusters and the layout fold still shift symbols after the
 * first one appears, and a tap aimed at a symbol that then moves opens its neighbour.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = window as unknown as { lastSymbols?: string; stableFrames?: number };
      if (document.querySelector('[data-view-moving="true"]')) return false;
      const now = [...document.querySelectorAll('.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]')]
        .map((e) => { const r = e.getBoundingClientRect(); return `${Math.round(r.left)},${Math.round(r.top)}`; })
        .join(';');
      state.stableFrames = now === state.lastSymbols ? (state.stableFrames ?? 0) + 1 : 0;
      state.lastSymbols = now;
      return state.stableFrames >= 10;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
}

/** The lone marker farthest from every other symbol, and a point 16 px beside it (inside the 22 px reach). */
async function tapTarget(page: Page): Promise<{ x: number; y: number; name: string }> {
  return page.evaluate(() => {
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const symbols = [...document.querySelectorAll('.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]')];
    const view = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    let best = { x: 0, y: 0, name: '', room: -1 };
    for (const marker of symbols.filter((s) => s.hasAttribute('data-feature-id'))) {
      const c = centre(marker);
      if (c.x < view.left + 40 || c.x > view.right - 40 || c.y < view.top + 40 || c.y > view.bottom - 40) continue;
      const others = symbols.filter((o) => o !== marker).map(centre);
      const nearest = others.sort((a, b) => Math.hypot(a.x - c.x, a.y - c.y) - Math.hypot(b.x - c.x, b.y - c.y))[0]!;
      const room = Math.hypot(nearest.x - c.x, nearest.y - c.y);
      if (room > best.room) best = { x: c.x + (16 * (c.x - nearest.x)) / room, y: c.y + (16 * (c.y - nearest.y)) / room, name: marker.getAttribute('aria-label') ?? '', room };
    }
    if (best.room < 30) throw new Error('no lone marker to tap');
    return { x: best.x, y: best.y, name: best.name };
  });
}

async function tapOnce({ page }: TapBench): Promise<number> {
  // aimed anew each run (untimed: the time is read from the page's clock from the finger's lift)
  await settled(page);
  const { name, ...at } = await tapTarget(page);
  await page.evaluate(() => {
    const card = document.querySelector<HTMLElement>('[data-testid="embed-card"]')!;
    const shown = () => card.offsetParent !== null && card.textContent !== '';
    (window as unknown as { tapTime: Promise<number> }).tapTime = new Promise<number>((resolve) => {
      let lifted = 0;
      addEventListener('pointerup', (event) => (lifted = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (lifted === 0 || !shown()) return;
        observer.disconnect();
        // the card is in the DOM: wait for the frame that paints it
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - lifted)));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      // no card after 10 s: report it (a negative time stops the figure with a message) rather than hang
      setTimeout(() => resolve(-1), 10_000);
    });
  });
  await page.touchscreen.tap(at.x, at.y);
  const ms = await page.evaluate(() => (window as unknown as { tapTime: Promise<number> }).tapTime);
  const shownName = await page.getByTestId('embed-card-name').textContent();
  if (shownName !== name) throw new Error(`the tap opened "${shownName}", not "${name}"`);
  await page.getByTestId('embed-card-close').click();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="embed-card"]')!.offsetParent === null);
  return ms;
}

export const figure: TimedFigure<TapBench, number> = {
  kind: 'time',
  id: 'embed-phone-tap',
  title: 'embed on a phone (375×560, CPU 4×): tap beside a marker to its card painted',
  runs: 9,
  baselineRuns: 0,
  timeFrom: 'answer',
  setup: async () => {
    const bench = await startEmbedBench();
    const context = await phoneContext(bench);
    const page = await context.newPage();
    await throttle(context, page);
    // zoomed in over Chengdu, corridors hidden: markers stand alone rather than in clusters
    await page.goto(bench.url.replace(EMBED_QUERY, '?embed=1&lang=zh&hide=corridor&v=30.45,104.3,9'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await page.waitForSelector('.leaflet-marker-icon[data-feature-id]', { timeout: 60_000 });
    return { bench, page };
  },
  measured: tapOnce,
  teardown: ({ bench }) => stopEmbedBench(bench),
};
