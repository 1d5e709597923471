// Shared browser-test plumbing: one headless Debian Chromium per test file (useBrowser), a page per
// test, and the page's console errors and off-origin requests collected so tests can assert there are
// none. Browser test files get their browser here and nowhere else (test/tooling/browser-harness.test.ts).
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium-args.mjs';
import { perFile } from './support/per-file';
import { openWatchedPage, type WatchedPage } from './support/watched-page';

export const appURL = (): string => inject('appURL');
export const appOrigin = (): string => inject('appOrigin');

/** The test file's one browser: launched before its first test, closed after its last. Call at top level. */
export function useBrowser(): Browser {
  return perFile(
    'browser',
    () => chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }),
    (browser) => browser.close(),
  );
}

export type OpenedPage = WatchedPage;

export interface OpenOptions {
  /** query string or hash to append to the app URL, e.g. "?lang=en" */
  query?: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /** wait for the map to report that its first render is done (default true) */
  waitForMap?: boolean;
  /** a phone: touch events and a mobile viewport (taps with page.touchscreen / locator.tap) */
  touch?: boolean;
  /** runs in the page before the app's scripts, e.g. to take a browser feature away */
  initScript?: () => void;
  /** another server's copy of the app (default: the one global-setup serves); its origin is "the app's" */
  appURL?: string;
}

/** The three reference sizes every layout is checked at. */
export const REFERENCE_SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const url = options.appURL ?? appURL();
  const opened = await openWatchedPage(browser, {
    context: {
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: options.locale ?? 'zh-CN',
      acceptDownloads: true,
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    },
    ownOrigins: [new URL(url).origin],
    ...(options.initScript ? { initScript: options.initScript } : {}),
  });
  await opened.page.goto(url + (options.query ?? ''));
  if (options.waitForMap !== false) await waitForMapReady(opened.page);
  return opened;
}

/** The app sets data-ready="true" on <body> once the first view (boundaries) is drawn. */
export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

export type PanelTabName = 'layers' | 'list' | 'questions' | 'charts' | 'mydata';

/** Opens a side-panel tab as a user would: a click on the tab (the panels live in tabs), or with
 * `keyboard`, the arrow keys from the open tab and Enter. */
export async function openTab(page: Page, tab: PanelTabName, how: { keyboard?: boolean } = {}): Promise<void> {
  if (how.keyboard) {
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    for (let step = 0; step < 5; step += 1) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === `tab-${tab}`) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
  } else {
    await page.getByTestId(`tab-${tab}`).click();
  }
  await page.getByTestId(`tabpanel-${tab}`).waitFor({ state: 'visible' });
}

/** Resolves once the map is not moving (a "go to" flight has landed). */
export async function waitForMapStill(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="map"]:not([data-view-moving])', { timeout: 10_000 });
}

/**
 * The address once the map is still and the pending view write is done: the app writes view changes
 * to the address after a short debounce and at once on pagehide, so the test sends pagehide rather
 * than waiting for the debounce.
 */
export async function settledUrl(page: Page): Promise<string> {
  await waitForMapStill(page);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  return page.url();
}

/**
 * The ids of the project features the map stands for: those drawn as their own element
 * (data-feature-id) and those inside a cluster symbol (data-cluster-members), sorted, each once.
 * `root` narrows the search (e.g. '#map', or an embed frame's map).
 */
export async function drawnFeatureIds(page: Page | Frame, root = '#map', skip = ''): Promise<string[]> {
  return [...new Set(await drawnFeatureList(page, root, skip))].sort();
}

/** How many project features the map stands for, drawn alone or counted in a cluster symbol. */
export const drawnFeatureCount = async (page: Page | Frame, root = '#map'): Promise<number> => (await drawnFeatureIds(page, root)).length;

/** How many symbols on the map stand for this feature (its own elements and the clusters counting it). */
export async function timesDrawn(page: Page | Frame, id: string, root = '#map'): Promise<number> {
  return (await drawnFeatureList(page, root, '')).filter((drawn) => drawn === id).length;
}

function drawnFeatureList(page: Page | Frame, root: string, skip: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, skip }) => {
      const scope = document.querySelector(selector) ?? document;
      const ids: string[] = [];
      for (const element of scope.querySelectorAll('[data-feature-id]')) if (!skip || !element.matches(skip)) ids.push(element.getAttribute('data-feature-id')!);
      for (const element of scope.querySelectorAll('[data-cluster-members]')) ids.push(...element.getAttribute('data-cluster-members')!.split(' '));
      return ids;
    },
    { selector: root, skip },
  );
}

/** The point symbols on screen inside the map (features drawn alone and clusters), with their boxes. */
export async function pointSymbolBoxes(page: Page, root = '#map'): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
  return page.evaluate((selector) => {
    const map = document.querySelector(selector)!.getBoundingClientRect();
    return [...document.querySelectorAll(`${selector} .leaflet-marker-icon[data-feature-id], ${selector} .leaflet-marker-icon[data-cluster]`)]
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { id: element.getAttribute('data-feature-id') ?? `cluster ${element.getAttribute('data-cluster-members')}`, x: box.x, y: box.y, width: box.width, height: box.height };
      })
      .filter((box) => box.x + box.width > map.left && box.x < map.right && box.y + box.height > map.top && box.y < map.bottom);
  }, root);
}

/**
 * Brings a project's own symbol onto the map as a user would: while it is counted in a cluster,
 * click that cluster (which zooms in, or spreads a stack out). Returns the symbol's locator.
 */
export async function revealFeature(page: Page | Frame, id: string, root = '#map'): Promise<Locator> {
  const own = page.locator(`${root} [data-feature-id="${id}"][role="button"]`);
  for (let step = 0; step < 8; step += 1) {
    if ((await own.count()) > 0) return own.first();
    const cluster = page.locator(`${root} [data-cluster-members~="${id}"]`);
    if ((await cluster.count()) === 0) break;
    await cluster.first().dispatchEvent('click');
    await cluster.first().waitFor({ state: 'detached' });
  }
  await own.first().waitFor({ timeout: 5_000 });
  return own.first();
}

/** Runs `act` (a key press, a click) and resolves when the map movement it starts has ended. */
export async function afterMapMove(page: Page, act: () => Promise<void>): Promise<void> {
  await waitForMapStill(page);
  // The watcher is in place before `act` runs (this evaluate has returned, not merely been sent), so a
  // move that starts and ends within one task is seen too. Only a start after now counts: the moving
  // attribute appearing (its old value null), then going.
  await page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!;
    (window as unknown as { testMapMoved: Promise<void> }).testMapMoved = new Promise<void>((resolve) => {
      let started = false;
      new MutationObserver((records, observer) => {
        if (records.some((record) => record.oldValue === null)) started = true;
        if (!started || map.hasAttribute('data-view-moving')) return;
        observer.disconnect();
        resolve();
      }).observe(map, { attributes: true, attributeFilter: ['data-view-moving'], attributeOldValue: true });
    });
  });
  await act();
  await page.evaluate(() => (window as unknown as { testMapMoved: Promise<void> }).testMapMoved);
}

/** Resolves after the page has drawn two more frames: whatever an earlier event scheduled has run. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** The parameters of an address (the permalink's state). */
export const query = (url: string): URLSearchParams => new URL(url).searchParams;

/** The feature ids of the list's rows, in their order. */
export const listRowIds = (page: Page): Promise<(string | null)[]> => page.getByTestId('feature-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-feature-id')));
