// A planner's own features in the spatial questions: four named points imported near Chengdu, then
// an area question asked by link (a drawn polygon around two of them, then the prefecture that holds
// all four) and a catchment asked in the Questions tab. The answer names the matching features of
// the layer beside the matching projects.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, waitForMapReady } from './harness';
import { dropFixture, layerNames } from './user-data-helpers';
import { downloadFrom, exportSvg } from './support/download';

const browser = useBrowser();

// named-points.csv: 甲 104.18,30.62 · 乙 104.30,30.70 · 丙 104.26,30.52 · 丁 104.38,30.60.
// The polygon 104.1–104.35 E × 30.55–30.75 N holds 甲 and 乙; 丙 is south of it and 丁 east.
const POLYGON = 'qa=p:104.1 30.55,104.35 30.55,104.35 30.75,104.1 30.75';

const HSR = 'hsr-chengdu-chongqing';
const drawnUserPoints = (page: Page) => page.locator('.user-feature[data-user-layer]').count();
/** the circles of the imported layer `name` in an exported SVG */
const exportedPoints = (svg: string, name: string) => {
  const group = svg.match(new RegExp(`<g class="user-layer" data-name="${name}">(.*?)</g></g>`))?.[1] ?? '';
  return [...group.matchAll(/<circle /g)].length;
};

/** The planner's own rows as a user reads them: the List tab's names, the Charts tab's table names, and the downloads. */
async function listedNames(page: Page): Promise<string[]> {
  await openTab(page, 'list');
  return page.locator('[data-testid="user-list-row"] .user-feature-list__name').allTextContents();
}
async function tableNames(page: Page): Promise<string[]> {
  await openTab(page, 'charts');
  return page.getByTestId('user-table-name').allTextContents();
}
/** The name column (the second) of the downloaded "these features" CSV, with the Charts tab open. */
async function csvNames(page: Page): Promise<string[]> {
  const { text } = await downloadFrom(page.getByTestId('user-features-csv'));
  return text.replace(/^\ufeff/, '').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[1]!);
}
/** The layer's count in the Layers tab's legend ("shown/total") and in its My data row. */
async function layerCounts(page: Page): Promise<{ legend: string | null; row: string | null }> {
  await openTab(page, 'layers');
  const legend = await page.locator('[data-testid="user-legend-row"] .user-legend__count').textContent();
  await openTab(page, 'mydata');
  return { legend, row: await page.getByTestId('user-layer-count').textContent() };
}
async function geojsonNames(page: Page): Promise<string[]> {
  const { text } = await downloadFrom(page.getByTestId('user-features-geojson'));
  return (JSON.parse(text) as { features: { properties: { 名称: string } }[] }).features.map((f) => f.properties.名称);
}

const userBlock = (page: Page) => page.getByTestId('q-user-layer');
const userItems = (page: Page) => page.getByTestId('q-user-item').allTextContents();

async function importNamedPoints(lang: 'zh' | 'en'): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const { page, context, errors } = await openApp(browser, { query: `?lang=${lang}` });
  await openTab(page, 'mydata');
  await dropFixture(page, 'named-points.csv');
  await expect.poll(() => layerNames(page), { timeout: 30_000 }).toEqual(['named-points']);
  return { page, close: () => context.close(), errors };
}

/** Opens the app's link with the question (the imported layer is kept in the browser) on the Questions tab. */
async function ask(page: Page, params: string): Promise<void> {
  await page.goto(`${page.url().split('?')[0]}?${params}&tab=questions`);
  await waitForMapReady(page);
  await page.getByTestId('q-count').waitFor({ timeout: 30_000 });
}

describe('imported features in the spatial questions', () => {
  it('names the imported points inside a drawn area and inside a prefecture (zh)', async () => {
    const { page, close, errors } = await importNamedPoints('zh');
    await ask(page, `lang=zh&${POLYGON}`);
    await expect.poll(() => userBlock(page).getAttribute('data-count')).toBe('2');
    expect(await userBlock(page).locator('.question-count').textContent()).toBe('我的数据“named-points”中符合条件的要素：2 个');
    expect(await userItems(page)).toEqual(['测试点甲', '测试点乙']);

    await ask(page, 'lang=zh&qa=u:510100');
    await expect.poll(() => userBlock(page).getAttribute('data-count'), { timeout: 30_000 }).toBe('4');
    expect(await userItems(page)).toEqual(['测试点甲', '测试点乙', '测试点丙', '测试点丁']);
    // the projects' own answer is still there, above the layer's
    expect(Number(await page.getByTestId('q-count').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('says so in English, and counts none when the area holds none of them', async () => {
    const { page, close, errors } = await importNamedPoints('en');
    await ask(page, `lang=en&${POLYGON}`);
    await expect.poll(() => userBlock(page).getAttribute('data-count')).toBe('2');
    expect(await userBlock(page).locator('.question-count').textContent()).toBe('Matching features in my data “named-points”: 2');
    // Chongqing's Yuzhong district is far from all four
    await ask(page, 'lang=en&qa=p:106.5 29.5,106.6 29.5,106.6 29.6,106.5 29.6');
    await expect.poll(() => userBlock(page).getAttribute('data-count')).toBe('0');
    expect(await userItems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('imported features narrowed by a question, as the projects are', () => {
  it("lists, tables and downloads only the points inside a drawn area, and all four again without it", async () => {
    const { page, close, errors } = await importNamedPoints('zh');
    const all = ['测试点甲', '测试点乙', '测试点丙', '测试点丁'];
    expect(await listedNames(page)).toEqual(all);
    await ask(page, `lang=zh&${POLYGON}`);
    await expect.poll(() => userBlock(page).getAttribute('data-count')).toBe('2');
    const inside = ['测试点甲', '测试点乙'];
    expect(await listedNames(page)).toEqual(inside);
    expect(await tableNames(page)).toEqual(inside);
    expect(await csvNames(page)).toEqual(inside);
    expect(await geojsonNames(page)).toEqual(inside);
    // the layer's counts say what the map draws, as the projects' legend counts do
    expect(await layerCounts(page)).toEqual({ legend: '2/4', row: '显示 2 / 4 个要素' });

    // the same link without the question (the layer is kept in the browser)
    await page.goto(`${page.url().split('?')[0]}?lang=zh`);
    await waitForMapReady(page);
    await expect.poll(() => listedNames(page), { timeout: 30_000 }).toEqual(all);
    expect(await tableNames(page)).toEqual(all);
    expect(await csvNames(page)).toEqual(all);
    expect(await geojsonNames(page)).toEqual(all);
    expect(await layerCounts(page)).toEqual({ legend: '4/4', row: '4 个要素' });
    expect(errors).toEqual([]);
    await close();
  });

  // catchment-points.geojson: two points on the Chengdu–Chongqing HSR (甲, 乙), two over 100 km from it (丙, 丁)
  it('leaves only the points inside a catchment on the map, in the list, the table, its CSV and the export; clearing the question brings them all back', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'catchment-points.geojson');
    await expect.poll(() => layerNames(page), { timeout: 30_000 }).toEqual(['catchment-points']);
    await expect.poll(() => drawnUserPoints(page)).toBe(4);

    await openTab(page, 'questions');
    await page.locator(`[data-testid="q-corridor"][value="${HSR}"]`).check();
    const distance = page.getByTestId('q-distance');
    await distance.fill('20');
    await distance.press('Enter');
    await expect.poll(() => userBlock(page).getAttribute('data-count'), { timeout: 30_000 }).toBe('2');
    expect(await userItems(page)).toEqual(['沿线甲 On the line A', '沿线乙 On the line B']);
    await expect.poll(() => drawnUserPoints(page)).toBe(2);
    // the List tab, the table and its CSV hold the same two
    const onTheLine = ['沿线甲 On the line A', '沿线乙 On the line B'];
    expect(await listedNames(page)).toEqual(onTheLine);
    expect(await tableNames(page)).toEqual(onTheLine);
    expect(await csvNames(page)).toEqual(onTheLine);
    const narrowed = await exportSvg(page, 'en');
    expect(narrowed).toContain('<g class="user-layer" data-name="catchment-points">');
    expect(exportedPoints(narrowed, 'catchment-points')).toBe(2);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });

    await openTab(page, 'questions');
    await page.getByTestId('q-clear').click();
    await expect.poll(() => drawnUserPoints(page)).toBe(4);
    const everyPoint = ['沿线甲 On the line A', '远点丙 Far C', '沿线乙 On the line B', '远点丁 Far D'];
    expect(await listedNames(page)).toEqual(everyPoint);
    expect(await tableNames(page)).toEqual(everyPoint);
    expect(await csvNames(page)).toEqual(everyPoint);
    expect(exportedPoints(await exportSvg(page, 'en'), 'catchment-points')).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});
