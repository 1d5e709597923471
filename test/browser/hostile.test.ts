// Hostile data: a file whose ids, property names, values and even file name are script payloads is
// imported, and every place the planner's data appears is opened. Nothing may run: no __pwned, no
// title change, no dialog, no script/img/iframe element or event-handler attribute made from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dialog, Page } from 'playwright-core';
import { useBrowser, nextFrames, openApp, openTab, waitForMapStill } from './harness';
import { downloadFrom, exportSvg } from './support/download';
import { dropFiles, fixturePath, layerRows } from './user-data-helpers';

const browser = useBrowser();

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=true">';
const SCRIPT_NAME = '<script>window.__pwned=true</script>';

async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^(href|src|srcdoc|xlink:href)$/i.test(attribute.name) && /pwned|javascript:|vbscript:|data:text/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
    for (const script of document.querySelectorAll('script')) if (script.textContent?.includes('pwned')) found.push('inline script');
    for (const element of document.querySelectorAll('iframe, img[src="x"]')) found.push(element.tagName);
    return found;
  });
}

describe('hostile imported data', () => {
  it('is shown as text everywhere and never runs', async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser, { query: '?lang=en' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const title = await page.title();
    const hostile = readFileSync(fixturePath('hostile.geojson'));
    const original = JSON.parse(hostile.toString('utf8'));

    // The file name is hostile too: it appears in messages and becomes the layer's name.
    await dropFiles(page, [{ name: `${HOSTILE_NAME}.geojson`, bytes: new Uint8Array(hostile) }]);
    await expect.poll(() => layerRows(page).count()).toBe(1);
    // the map flies to the imported layer; a popup opened mid-flight is not panned into view
    await waitForMapStill(page);
    expect(await page.getByTestId('user-layer-name').inputValue()).toBe(HOSTILE_NAME);
    expect(await page.getByTestId('user-layers-status').textContent()).toContain(HOSTILE_NAME);

    // A rejected file with a hostile name: its message names it, as text.
    await dropFiles(page, [{ name: `${SCRIPT_NAME}.geojson`, bytes: new TextEncoder().encode('{"type":') }]);
    await page.locator('[data-testid="import-alert"]').waitFor();
    expect(await page.locator('[data-testid="import-alert"]').textContent()).toContain(SCRIPT_NAME);

    // Every feature's popup: the payloads are there as text, and links only where safeHref allows.
    const paths = page.locator('path.user-feature');
    const count = await paths.count();
    expect(count).toBe(original.features.length);
    for (let i = 0; i < count; i += 1) {
      await paths.nth(i).dispatchEvent('click');
      const popup = page.getByTestId('user-feature-popup');
      await popup.waitFor();
      const text = (await popup.textContent()) ?? '';
      expect(text).toContain('<script>window.__pwned=true</script>');
      const hrefs = await popup.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]));
      for (const [href, rel, target] of hrefs) {
        expect(href).toMatch(/^https?:\/\//);
        expect(rel).toBe('noopener noreferrer');
        expect(target).toBe('_blank');
      }
      await waitForMapStill(page); // the popup pans the map to show itself whole
      await page.locator('.leaflet-popup-close-button').click();
      await expect.poll(() => popup.count()).toBe(0);
    }

    // The layers panel: filter by a hostile-valued property, ask to remove, rename to a payload,
    // switch language (everything re-rendered).
    const row = layerRows(page).first();
    await row.getByTestId('user-filter-field').selectOption('name');
    const values = await row.getByTestId('user-filter-value').locator('option').allTextContents();
    expect(values.some((value) => value.includes(HOSTILE_NAME))).toBe(true);
    await row.getByTestId('user-layer-remove').click();
    expect(await row.textContent()).toContain(HOSTILE_NAME);
    await row.getByTestId('user-layer-keep').click();
    await row.getByTestId('user-layer-name').fill(SCRIPT_NAME);
    await row.getByTestId('user-layer-name').press('Enter');
    await expect.poll(() => page.getByTestId('user-layer-name').inputValue()).toBe(SCRIPT_NAME);
    await paths.first().dispatchEvent('click');
    expect(await page.getByTestId('user-feature-popup').textContent()).toContain(SCRIPT_NAME);
    expect(await page.title()).toBe(title);
    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByTestId('user-layers-panel').locator('h2').textContent()).toBe('我的图层');

    // The analysis panel lists the shown user features as text.
    await openTab(page, 'charts');
    const userTable = page.getByTestId('user-features-table');
    await expect.poll(() => userTable.locator('tbody tr').count()).toBe(original.features.length);
    expect(await userTable.textContent()).toContain(SCRIPT_NAME);
    await page.getByTestId('analysis-toggle').click();

    // The export dialog draws the layer and names it in the legend: escaped, never markup.
    const svg = await exportSvg(page);
    expect(svg).toContain('class="user-layer"');
    expect(svg).toContain('&lt;script&gt;window.__pwned=true&lt;/script&gt;');
    expect(svg).not.toMatch(/<script|onerror|onload/i);
    await page.keyboard.press('Escape');

    // Download my layers: the payloads come back exactly as imported.
    await openTab(page, 'mydata');
    const download = await downloadFrom(page.getByTestId('user-layers-download'));
    const saved = JSON.parse(download.text);
    expect(saved.features.map((f: { properties: unknown }) => f.properties)).toEqual(original.features.map((f: { properties: unknown }) => f.properties));

    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    // The language switch retitles the page; a payload never does.
    expect(await page.title()).not.toMatch(/pwned/);
    expect(dialogs).toEqual([]);
    expect(await injectedElements(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
