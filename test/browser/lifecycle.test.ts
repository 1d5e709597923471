// Lifecycle: the app unmounts without leaving anything behind. The page's listeners, timers and
// observers are counted by wrapping the browser's own functions before the app's scripts run; the
// store, scene and shared-state subscribers by the app. The app is mounted and unmounted twice: after
// each unmount nothing of it may still listen, and a second mount must not add to what the first left.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openTab, useBrowser, waitForMapReady } from './harness';

const browser = useBrowser();

/** Runs in the page before the app: records every listener, interval, pending timeout and observer. */
function trackLifecycle(): void {
  type Entry = { target: EventTarget; type: string; listener: unknown; capture: boolean };
  const entries: Entry[] = [];
  // only what the app's own scripts (the build's assets/) set up counts, not the test driver's
  const byApp = () => /\/assets\/[^/]+\.js/.test(new Error().stack ?? '');
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const captureOf = (options: unknown) => (typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture));
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    entries.findIndex((e) => e.target === target && e.type === type && e.listener === listener && e.capture === capture);
  const drop = (target: EventTarget, type: string, listener: unknown, capture: boolean) => {
    const at = find(target, type, listener, capture);
    if (at >= 0) entries.splice(at, 1);
  };
  // a `once` listener is registered as a wrapper that forgets itself when it runs
  const onceWrappers = new WeakMap<object, Map<string, EventListener>>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (!listener) return add.call(this, type, listener, options);
    const capture = captureOf(options);
    if (find(this, type, listener, capture) >= 0) return undefined;
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted || !byApp()) return add.call(this, type, listener, options);
    entries.push({ target: this, type, listener, capture });
    if (signal) add.call(signal, 'abort', () => drop(this, type, listener, capture));
    if (typeof options === 'object' && options.once) {
      const target = this;
      const wrapper: EventListener = function (this: unknown, event: Event) {
        drop(target, type, listener, capture);
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
      const byKey = onceWrappers.get(listener) ?? new Map<string, EventListener>();
      byKey.set(`${type}|${capture}`, wrapper);
      onceWrappers.set(listener, byKey);
      return add.call(this, type, wrapper, options);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (!listener) return remove.call(this, type, listener, options);
    const capture = captureOf(options);
    drop(this, type, listener, capture);
    const wrapper = onceWrappers.get(listener)?.get(`${type}|${capture}`);
    if (wrapper) remove.call(this, type, wrapper, options);
    return remove.call(this, type, listener, options);
  };

  const intervals = new Set<number>();
  const timeouts = new Map<number, number>();
  const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = si(handler, ms, ...rest);
    if (byApp()) intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id: number = st(
      (...args: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      ms,
      ...rest,
    );
    if (byApp()) timeouts.set(id, ms ?? 0);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;

  const observing = new Map<object, Set<Node>>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const proto = window[name].prototype as { observe(target: Node, ...rest: unknown[]): void; unobserve?(target: Node): void; disconnect(): void };
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: object, target: Node, ...rest: unknown[]) {
      if (!byApp()) return observe.call(this, target, ...rest);
      const set = observing.get(this) ?? new Set<Node>();
      set.add(target);
      observing.set(this, set);
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (this: object, target: Node) {
        observing.get(this)?.delete(target);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
  }

  const describe = (target: EventTarget): string | null => {
    if (target === window) return 'window';
    if (target === document) return 'document';
    // the build's module preloading (<link rel="modulepreload"> load/error in <head>) is the bundler's
    if (target instanceof HTMLLinkElement) return null;
    if (target instanceof Node) return target.isConnected ? `element ${(target as Element).tagName?.toLowerCase() ?? target.nodeName}` : null;
    if (target instanceof MediaQueryList) return `media ${target.media}`;
    if (target instanceof AbortSignal) return null; // the app's own signals go with what they abort
    return target.constructor.name;
  };
  (window as unknown as { lifecycleProbe: () => string[] }).lifecycleProbe = () => [
    ...entries.flatMap((e) => {
      const where = describe(e.target);
      return where === null ? [] : [`listener ${where} ${e.type}`];
    }),
    ...[...intervals].map(() => 'interval'),
    // short timeouts are the browser's and Leaflet's own frame-sized steps; a teardown clears the rest
    ...[...timeouts.values()].filter((ms) => ms >= 250).map((ms) => `timeout ${ms} ms`),
    ...[...observing.entries()].filter(([, targets]) => [...targets].some((t) => t.isConnected)).map(([observer]) => `observer ${observer.constructor.name}`),
  ].sort();
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { lifecycleProbe: () => string[] }).lifecycleProbe());
const subscribers = (page: Page) => page.evaluate(() => window.chengyuMap!.subscriberCount());

/** Opens a dialog from its header button and closes it with Escape. */
async function openAndClose(page: Page, name: 'export' | 'embed'): Promise<void> {
  await page.getByTestId(`${name}-open`).click();
  await page.getByTestId(`${name}-dialog`).waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.getByTestId(`${name}-dialog`).waitFor({ state: 'hidden' });
}

/** Uses what mounts views: every panel tab, the dialogs, a selection and a county zoom. */
async function useTheApp(page: Page): Promise<void> {
  for (const tab of ['list', 'questions', 'charts', 'mydata', 'layers'] as const) await openTab(page, tab);
  await page.getByTestId('about-open').click();
  await page.getByTestId('about-close').click();
  // the Export dialog's source follows the scene while the app is mounted; the Embed dialog's code follows the state
  await openAndClose(page, 'export');
  await openAndClose(page, 'embed');
  await page.locator('path[data-adcode="510100"]').first().click({ force: true });
  await page.getByTestId('details-panel').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
}

async function unmount(page: Page): Promise<void> {
  await page.evaluate(() => window.chengyuMap!.unmount());
}

async function mount(page: Page): Promise<void> {
  await page.evaluate(() => window.chengyuMap!.mount());
  await waitForMapReady(page);
}

describe('lifecycle', () => {
  it('the full app unmounts leaving no subscription, listener, timer or observer, twice over', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en', initScript: trackLifecycle });
    await useTheApp(page);
    const firstMounted = await probe(page);
    expect(await subscribers(page)).toBeGreaterThan(20);
    // the app does listen on the page while mounted (the probe sees it)
    expect(firstMounted.filter((entry) => entry.startsWith('listener window') || entry.startsWith('listener document')).length).toBeGreaterThan(3);

    await unmount(page);
    expect(await subscribers(page)).toBe(0);
    expect(await page.locator('#app > *').count()).toBe(0);
    expect(await page.locator('dialog').count()).toBe(0);
    const firstLeft = await probe(page);
    expect(firstLeft).toEqual([]);

    await mount(page);
    await useTheApp(page);
    expect(await probe(page)).toEqual(firstMounted);
    await unmount(page);
    expect(await subscribers(page)).toBe(0);
    expect(await probe(page)).toEqual(firstLeft);

    // and the app still works after all that
    await mount(page);
    await openTab(page, 'list');
    expect(await page.getByTestId('feature-list-row').count()).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the embed unmounts leaving no subscription, listener, timer or observer, twice over', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&embed=1&asof=2020', initScript: trackLifecycle });
    const firstMounted = await probe(page);
    expect(await subscribers(page)).toBeGreaterThan(3);
    await unmount(page);
    expect(await subscribers(page)).toBe(0);
    const firstLeft = await probe(page);
    expect(firstLeft).toEqual([]);
    await mount(page);
    expect(await probe(page)).toEqual(firstMounted);
    await unmount(page);
    expect(await probe(page)).toEqual(firstLeft);
    expect(errors).toEqual([]);
    await context.close();
  });
});
