// The planner's marks on screen: drawn from the permalink (an=), listed with Delete and Clear all,
// and every change written back to the address and the export. Note texts stay text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, query, settledUrl, waitForMapReady } from './harness';
import { box } from './support/boxes';
import { openAnnotateTool, shapeKinds } from './support/annotate';

const browser = useBrowser();

const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">&amp; 新机场';
/** four marks around Chengdu and Chongqing, one of each kind, as a copied permalink holds them */
const FOUR = ['n:104.0657,30.6598,Tianfu hub', 'a:104.3,30.4,106.2,29.7', 'c:106.55,29.56,25', 'p:104.5,30.9,105.2,30.9,104.9,31.3'].join('~');
const anQuery = (an: string, extra = '') => `?${new URLSearchParams({ an }).toString()}${extra}`;

const items = (page: Page) => page.getByTestId('annotation-item').allTextContents();
const noteTexts = (page: Page) => page.locator('#map [data-testid="annotation-note"]').allTextContents();
const an = (page: Page) => query(page.url()).get('an');

// the list and the drawing part load the first time the tool opens
const openTool = (page: Page) => openAnnotateTool(page, { ready: 'annotation-clear' });

describe('annotations from the permalink', () => {
  it('draws a note, an arrow, a circle and an area and lists each, in English', async () => {
    const { page, errors, context } = await openApp(browser, { query: anQuery(FOUR, '&lang=en') });
    expect(await noteTexts(page)).toEqual(['Tianfu hub']);
    expect(await shapeKinds(page)).toEqual(['area', 'arrow', 'circle']);
    // the arrow has its head
    expect(await page.locator('#map [data-kind="arrow"][data-part="head"]').count()).toBe(1);
    await openTool(page);
    const rows = await items(page);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('note “Tianfu hub”');
    expect(rows[1]).toMatch(/arrow, \d+ km long/);
    expect(rows[2]).toContain('circle, radius 25 km');
    expect(rows[3]).toContain('area, 3 corners');
    expect(await page.getByTestId('annotation-count').textContent()).toBe('4/30 annotations');
    expect(await page.getByRole('button', { name: 'Delete note “Tianfu hub”' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deletes one (map, list and permalink follow), Back brings it back, Clear all removes every mark', async () => {
    const { page, errors, context } = await openApp(browser, { query: anQuery(FOUR, '&lang=en') });
    await openTool(page);
    await page.getByRole('button', { name: /^Delete arrow/ }).click();
    await expect.poll(() => an(page)).toBe(['n:104.0657,30.6598,Tianfu hub', 'c:106.55,29.56,25', 'p:104.5,30.9,105.2,30.9,104.9,31.3'].join('~'));
    expect(await shapeKinds(page)).toEqual(['area', 'circle']);
    expect(await items(page)).toHaveLength(3);
    expect(await page.getByTestId('annotation-message').textContent()).toMatch(/^Deleted arrow, \d+ km long\.$/);
    await page.goBack();
    await expect.poll(() => shapeKinds(page)).toEqual(['area', 'arrow', 'circle']);
    expect(await items(page)).toHaveLength(4);
    await page.getByTestId('annotation-clear').click();
    await expect.poll(() => an(page)).toBeNull();
    expect(await shapeKinds(page)).toEqual([]);
    expect(await noteTexts(page)).toEqual([]);
    expect(await page.getByTestId('annotation-card').textContent()).toContain('No annotations yet.');
    expect(await page.getByTestId('annotation-clear').isDisabled()).toBe(true);
    // the reloaded address has no marks either
    await page.reload();
    await waitForMapReady(page);
    expect(await shapeKinds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes a note\'s text from its row and moves the map to a mark from its row, on a desktop screen with mouse and keyboard', async () => {
    const { page, errors, context } = await openApp(browser, { query: anQuery(FOUR, '&lang=en') });
    await openTool(page);
    await page.getByRole('button', { name: 'Edit note “Tianfu hub”' }).click();
    const input = page.getByTestId('annotation-note-text');
    expect(await input.inputValue()).toBe('Tianfu hub');
    await input.fill('Tianfu airport hub');
    await input.press('Enter');
    await expect.poll(() => an(page)).toBe(FOUR.replace('Tianfu hub', 'Tianfu airport hub'));
    expect(await noteTexts(page)).toEqual(['Tianfu airport hub']);
    expect(await page.getByTestId('annotation-message').textContent()).toBe('Changed to note “Tianfu airport hub”.');
    // the circle's row, by keyboard: the map moves to the circle and frames it, marks unchanged
    const before = query(await settledUrl(page)).get('v');
    const show = page.getByRole('button', { name: 'Show circle, radius 25 km on the map' });
    await show.focus();
    await page.keyboard.press('Enter');
    const after = query(await settledUrl(page)).get('v');
    expect(after).not.toBe(before);
    expect(an(page)).toBe(FOUR.replace('Tianfu hub', 'Tianfu airport hub'));
    const circle = (await page.locator('#map [data-testid="annotation-shape"][data-kind="circle"]').boundingBox())!;
    const map = await box(page, 'map');
    // wholly inside the map and filling a good part of it (not a speck at the regional view)
    expect(circle.x).toBeGreaterThanOrEqual(map.x);
    expect(circle.y).toBeGreaterThanOrEqual(map.y);
    expect(circle.x + circle.width).toBeLessThanOrEqual(map.x + map.width);
    expect(circle.y + circle.height).toBeLessThanOrEqual(map.y + map.height);
    expect(circle.height).toBeGreaterThan(map.height / 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a hostile note as text on the map and in the list, in Chinese', async () => {
    const { page, errors, context } = await openApp(browser, { query: anQuery(`n:104.0657,30.6598,${HOSTILE}`, '&lang=zh') });
    expect(await noteTexts(page)).toEqual([HOSTILE]);
    await openTool(page);
    expect(await items(page)).toEqual([expect.stringContaining(`文字“${HOSTILE}”`)]);
    expect(await page.locator('#map img[src="x"], [data-testid="annotation-card"] img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await page.getByRole('button', { name: `删除文字“${HOSTILE}”` }).count()).toBe(1);
    expect(await page.getByTestId('annotation-count').textContent()).toBe('1/30 个标注');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is reachable and operable by keyboard: open the tool, delete with Enter, focus stays in the list', async () => {
    const { page, context } = await openApp(browser, { query: anQuery(FOUR, '&lang=en') });
    const button = page.getByTestId('annotate-button');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('annotation-clear').waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Tab moves on into the card, to the first row's Delete
    const firstDelete = page.getByRole('button', { name: 'Delete note “Tianfu hub”' });
    for (let step = 0; step < 12 && !(await firstDelete.evaluate((e) => e === document.activeElement)); step += 1) await page.keyboard.press('Tab');
    expect(await firstDelete.evaluate((e) => e.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => an(page)).not.toContain('n:');
    // focus moved to the next row's Delete (the arrow's), so Enter again deletes that one
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Delete arrow/);
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page)).toHaveLength(2);
    await context.close();
  });

  it('exports what the map shows: the SVG holds the marks that are left after a delete', async () => {
    const { page, context } = await openApp(browser, { query: anQuery(`${FOUR}~n:106.5775,29.5573,${HOSTILE}`, '&lang=en') });
    await openTool(page);
    await page.getByRole('button', { name: /^Delete circle/ }).click();
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
    await page.getByTestId('export-format').selectOption('svg');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId('export-download').click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain('class="annotation-area"');
    expect(svg).toContain('class="annotation-arrow"');
    expect(svg).not.toContain('class="annotation-circle"');
    expect(svg).toContain('>Tianfu hub</tspan>');
    // the hostile note is escaped text in the file, never an element
    expect(svg).toContain('&lt;img src=x');
    expect(svg).not.toMatch(/<img/);
    await context.close();
  });
});
