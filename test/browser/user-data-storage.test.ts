// My data when the browser will not store anything (IndexedDB missing or refusing, as in some
// private modes and locked-down browsers), across two open tabs, and for files that are not data.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appURL, openApp, openTab, useBrowser, waitForMapReady } from './harness';
import { dropFiles, layerNames, storedLayerNames } from './user-data-helpers';

const browser = useBrowser();
// an import runs in a worker, which a busy machine may keep for seconds: wait for it as long as a user would
const IMPORTED = { timeout: 15_000 };

const encoder = new TextEncoder();
const pointFile = (name: string, count: number) => ({
  name,
  bytes: encoder.encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: count }, (_, i) => ({ type: 'Feature', properties: { name: `P${i}` }, geometry: { type: 'Point', coordinates: [104 + i / 10, 30.6] } })),
    }),
  ),
});
const alertsText = (page: Page) => page.getByTestId('user-layers-alerts').textContent();
const sessionNotes = (page: Page) => page.getByTestId('user-layers-session-only');

// Two ways a browser takes storage away: no indexedDB at all, or an open() that throws.
const STORAGE_FAULTS: [string, () => void][] = [
  [
    'indexedDB is undefined',
    () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
  ],
  [
    'indexedDB.open throws a SecurityError',
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    },
  ],
];

describe.each(STORAGE_FAULTS)('My data when %s', (_fault, initScript) => {
  it('keeps imported layers for the session with one clear notice, and no raw error', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&tab=mydata', initScript });
    await dropFiles(page, [pointFile('first.geojson', 2)]);
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['first']);
    await dropFiles(page, [pointFile('second.geojson', 1)]);
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['first', 'second']);
    // Both are on the map, and can be renamed and removed like saved layers.
    await expect.poll(() => page.locator('.user-feature').count()).toBe(3);
    await page.getByTestId('user-layer-name').nth(1).fill('renamed');
    await page.getByTestId('user-layer-name').nth(1).press('Enter');
    await expect.poll(() => layerNames(page)).toEqual(['first', 'renamed']);

    await expect(sessionNotes(page).count()).resolves.toBe(1);
    const note = (await sessionNotes(page).textContent()) ?? '';
    expect(note).toMatch(/only until this page is closed/);
    expect(note).toMatch(/Download my layers/);
    const alerts = (await alertsText(page)) ?? '';
    expect(alerts).not.toMatch(/Cannot read properties|operation is insecure|undefined/);
    expect(alerts).toBe('');
    expect(errors).toEqual([]);

    // In Chinese too.
    await page.locator('button[data-lang="zh"]').click();
    await expect.poll(() => sessionNotes(page).textContent()).toMatch(/关闭此页面/);
    await context.close();
  });
});

describe('two open tabs', () => {
  it('shows a layer imported in one tab in the other, and its removal too', async () => {
    const first = await openApp(browser, { query: '?lang=en&tab=mydata' });
    const second = await first.context.newPage();
    await second.goto(`${appURL()}?lang=en&tab=mydata`);
    await waitForMapReady(second);
    await dropFiles(first.page, [pointFile('shared.geojson', 2)]);
    await expect.poll(() => storedLayerNames(first.page), IMPORTED).toEqual(['shared']);
    await expect.poll(() => layerNames(second)).toEqual(['shared']);
    await expect.poll(() => second.locator('.user-feature').count()).toBe(2);
    await first.page.getByTestId('user-layer-remove').click();
    await first.page.getByTestId('user-layer-confirm-remove').click();
    await expect.poll(() => layerNames(second)).toEqual([]);
    expect(first.errors).toEqual([]);
    await first.context.close();
  });
});

describe('counts and files that are not data', () => {
  it('says "1 feature" for a one-feature layer and "2 features" for two', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&tab=mydata' });
    await dropFiles(page, [pointFile('one.geojson', 1)]);
    await expect.poll(() => page.getByTestId('import-status').textContent(), IMPORTED).toBe('Imported one.geojson: 1 feature');
    await expect.poll(() => page.getByTestId('user-layer-count').textContent()).toBe('1 feature');
    await dropFiles(page, [pointFile('two.geojson', 2)]);
    await expect.poll(() => page.getByTestId('import-status').textContent(), IMPORTED).toBe('Imported two.geojson: 2 features');
    await context.close();
  });

  it('names a PNG renamed .geojson as a PNG image', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&tab=mydata' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    await dropFiles(page, [{ name: 'photo.geojson', bytes: png }]);
    await expect.poll(() => alertsText(page), IMPORTED).toContain('photo.geojson: is a PNG image, not a GeoJSON');
    expect(errors).toEqual([]);
    await context.close();
  });
});
