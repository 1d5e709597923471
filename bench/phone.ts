// The embed on a phone, as issue 19 item 5 asks: a 375×560 touch frame, the CPU slowed 4× and the
// network held to 1.6 Mbps down / 750 kbps up with 150 ms round trips (DevTools' "slow 4G"), all
// through the DevTools protocol. Times are read from the page's own clock (performance.now(), whose
// zero is the navigation's start), so Node's round trips to the page are not counted.
import type { BrowserContext, Page } from 'playwright-core';
import type { EmbedBench } from './figures/embed-first-render';

export const PHONE_VIEWPORT = { width: 375, height: 560 };
export const PHONE_CPU_SLOWDOWN = 4;
export const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

export async function phoneContext(bench: EmbedBench): Promise<BrowserContext> {
  const context = await bench.browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: 'zh-CN' });
  // tsx names the functions declared inside page.evaluate callbacks with a __name helper the page lacks
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
}

/**
 * Opens `url` in a fresh phone context (empty cache) under the slowdowns and returns the page-clock
 * time at which the map is drawn and visible: the page reports its first view ready and at least one
 * project symbol (a marker or a cluster) stands in the map.
 */
export async function firstMapMs(bench: EmbedBench, url: string): Promise<number> {
  const context = await phoneContext(bench);
  try {
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    const handle = await page.waitForFunction(
      () => {
        if (document.body?.dataset.ready !== 'true') return false;
        const symbol = document.querySelector('.leaflet-container [data-feature-id], .leaflet-container [data-cluster]');
        if (!symbol) return false;
        const box = symbol.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.top < innerHeight ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
