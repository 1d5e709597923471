// Parts of the app the first view does not need (export, charts and table, import) are fetched on
// first use. Here the connection drops after the map is drawn: every script requested from then on
// fails. The user is told which part could not load (role=alert), the rest keeps working, and the
// same control works once the connection is back. And the parts moved out of the first view stay
// out of it: nothing of them is requested (scripts or styles) until they are first used.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openApp, openTab, useBrowser, waitForMapStill } from './harness';

const browser = useBrowser();

const SCRIPTS = /\.js(\?.*)?$/;
const refuse = (route: Route) => route.abort('internetdisconnected');

async function dropScripts(page: Page): Promise<void> {
  await page.route(SCRIPTS, refuse);
}

async function restoreScripts(page: Page): Promise<void> {
  await page.unroute(SCRIPTS, refuse);
}

/** URLs of the build's chunks for a source module (Vite names a chunk after its module: name-hash.js/.css). */
const chunkOf = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.(js|css)$`);

/** Whether any stylesheet in the page has a rule whose selector mentions `selector`. */
async function hasStyleFor(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes(wanted));
    return [...document.styleSheets].some(rules);
  }, selector);
}

describe('kept out of the first view', () => {
  it('Export: the dialog\'s content and styles are fetched on the first click, not at the start', async () => {
    const { page, context, requests } = await openApp(browser, { query: '?lang=en' });
    await page.getByTestId('export-open').waitFor();
    await waitForMapStill(page);
    expect(requests.filter((url) => chunkOf('export-dialog-content').test(url))).toEqual([]);
    expect(await hasStyleFor(page, '.export-dialog')).toBe(false);

    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    // its own chunk, script and stylesheet, arrived with the click and styles the dialog
    const fetched = requests.filter((url) => chunkOf('export-dialog-content').test(url)).map((url) => url.replace(/^.*\./, ''));
    expect(fetched.sort()).toEqual(['css', 'js']);
    expect(await page.getByTestId('export-dialog').evaluate((dialog) => getComputedStyle(dialog).borderRadius)).toBe('8px');
    await context.close();
  });
});

describe('parts loaded on first use', () => {
  it('Export: a failed load is named in an alert, the map stays usable, and a later click opens the dialog', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await dropScripts(page);
    await page.getByTestId('export-open').click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the export' });
    await alert.waitFor();
    expect(await page.getByTestId('export-dialog').isVisible()).toBe(false);
    expect(await page.getByTestId('export-open').getAttribute('aria-busy')).toBeNull();
    // the rest of the app still answers: the language switch relabels the Export button
    const englishLabel = await page.getByTestId('export-open').textContent();
    await page.locator('[data-testid="lang-switch"] button[data-lang="zh"]').click();
    await expect.poll(() => page.getByTestId('export-open').textContent()).not.toBe(englishLabel);

    await restoreScripts(page);
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    expect(await alert.count()).toBe(0);
    await context.close();
  });

  it('Charts and table: a failed load is named in the region; reopening after the connection returns draws them', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await dropScripts(page);
    await openTab(page, 'charts');
    await page.getByRole('alert').filter({ hasText: 'Could not load the charts and table' }).waitFor();
    expect(await page.locator('[data-chart="timeline"] svg').count()).toBe(0);

    await restoreScripts(page);
    await page.getByTestId('analysis-toggle').click(); // close
    await page.getByTestId('analysis-toggle').click(); // open again
    await page.locator('[data-chart="timeline"] svg').first().waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Could not load' }).count()).toBe(0);
    await context.close();
  });

  it('Import: a file chosen while the importer cannot load is named in an alert and nothing is added', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await dropScripts(page);
    await openTab(page, 'mydata');
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [104.06, 30.67] } }] });
    await page.getByTestId('user-layers-file').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await page.getByRole('alert').filter({ hasText: 'Could not load the import' }).waitFor();
    expect(await page.locator('[data-testid="user-layer"]').count()).toBe(0);

    await restoreScripts(page);
    await page.getByTestId('user-layers-file').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await expect.poll(() => page.locator('[data-testid="user-layer"]').count(), { timeout: 20_000 }).toBe(1);
    await context.close();
  });
});
