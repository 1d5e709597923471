// The project file as two planners use it: one imports a spreadsheet with Chinese headers, renames
// and recolours the layer, filters it, colours the counties by a table and sets a view, then saves
// the project (a real download); a colleague in another browser context (its own, empty storage)
// opens that file and sees the same map. A broken file is refused with one message and loses
// nothing; the controls are keyboard-reachable and finger-sized on a phone.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, query, settledUrl, waitForMapStill } from './harness';
import { dropFixture, layerNames, layerRows } from './user-data-helpers';
import { downloadFrom, type Downloaded } from './support/download';
import { countyFill } from './support/map-state';

const browser = useBrowser();
const COUNTY_TABLE = fileURLToPath(new URL('../fixtures/join/county-index.csv', import.meta.url));

const choroplethLegend = (page: Page) => page.locator('[data-testid="choro-map-legend"] .choro-legend-label').allTextContents();
const userFeatureFills = (page: Page) => page.locator('path.user-feature').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));

/** What a reader sees of the map: the layer's row, its legend entry, the choropleth's classes, the view. */
async function whatTheMapShows(page: Page) {
  await openTab(page, 'mydata');
  const row = layerRows(page).first();
  const seen = {
    names: await layerNames(page),
    colour: await row.getByTestId('user-layer-colour').inputValue(),
    count: await row.getByTestId('user-layer-count').textContent(),
    filter: [await row.getByTestId('user-filter-field').inputValue(), await row.getByTestId('user-filter-min').inputValue()],
    fills: await userFeatureFills(page),
    choropleth: await choroplethLegend(page),
    wuhou: await countyFill(page, '510107'),
    view: query(await settledUrl(page)).get('v'),
  };
  await openTab(page, 'layers');
  const legend = await page.getByTestId('user-legend-row').allTextContents();
  await openTab(page, 'mydata');
  return { ...seen, legend };
}

const openFile = (page: Page, file: { name: string; bytes: Buffer }) =>
  page.setInputFiles('[data-testid="project-open"]', { name: file.name, mimeType: 'application/json', buffer: file.bytes });

describe('a project file', () => {
  // two browser contexts, an import, a join and two maps drawn: longer than the default on a loaded machine
  it('saved by one planner opens in a colleague’s browser as the same map', { timeout: 150_000 }, async () => {
    const planner = await openApp(browser, { query: '?lang=zh' });
    const { page } = planner;
    await openTab(page, 'mydata');
    // the sheet of projects (a title row above Chinese headers; one row lacks its longitude)
    await dropFixture(page, 'projects-title-row.xlsx');
    await page.locator('[data-offer="without-bad"]').click();
    await expect.poll(() => layerNames(page)).toEqual(['projects-title-row']);
    const row = layerRows(page).first();
    await row.getByTestId('user-layer-name').fill('重点项目（2026）');
    await row.getByTestId('user-layer-name').press('Enter');
    await row.getByTestId('user-layer-colour').fill('#762a83');
    await expect.poll(() => userFeatureFills(page)).toEqual(Array(5).fill('#762a83'));
    // projects from 2021 on: 3 of the 5
    await layerRows(page).first().getByTestId('user-filter-field').selectOption('年份');
    await layerRows(page).first().getByTestId('user-filter-min').fill('2021');
    await layerRows(page).first().getByTestId('user-filter-min').press('Enter');
    await expect.poll(() => page.locator('path.user-feature').count()).toBe(3);
    // the counties coloured by a table joined by name: equal intervals, 4 classes
    await page.setInputFiles('[data-testid="choro-file"]', COUNTY_TABLE);
    await expect.poll(() => page.getByTestId('choro-report-summary').textContent()).toBe('11 / 13 行已匹配');
    await page.getByTestId('choro-method').selectOption('equal');
    await page.getByTestId('choro-classes').selectOption('4');
    await expect.poll(() => choroplethLegend(page)).toEqual(['28 – 56 点', '56 – 84 点', '84 – 112 点', '112 – 140 点', '无数据']);
    // a view of its own: one step closer than the import framed it
    await page.locator('.leaflet-control-zoom-in').click();
    await waitForMapStill(page);
    await expect.poll(() => countyFill(page, '510107'), { timeout: 20_000 }).toBe('#225ea8');

    const saved = await whatTheMapShows(page);
    // by hand: the layer as renamed and recoloured, 3 of 5 shown, the fixture's classes, 武侯区 (120) in YlGnBu's top class
    expect(saved).toMatchObject({ names: ['重点项目（2026）'], colour: '#762a83', filter: ['年份', '2021'], wuhou: '#225ea8' });
    expect(saved.count).toMatch(/3.*5/);
    expect(saved.fills).toEqual(Array(3).fill('#762a83'));
    expect(saved.legend).toHaveLength(1);
    expect(saved.legend[0]).toContain('重点项目（2026）');
    expect(saved.legend[0]).toContain('3/5');
    expect(saved.view).toMatch(/^[\d.]+,[\d.]+,[\d.]+$/);

    const file: Downloaded = await downloadFrom(page.getByTestId('project-save'));
    expect(file.name).toMatch(/^成渝地图项目-\d{8}\.json$/);
    await expect.poll(() => page.getByTestId('project-status').textContent()).toBe(`已保存项目文件 ${file.name}（1 个图层）。`);
    const json = JSON.parse(file.text) as { format: string; version: number; layers: { features: unknown[] }[]; tables: { name: string }[] };
    expect([json.format, json.version, json.layers[0]?.features.length, json.tables[0]?.name]).toEqual(['chengyu-map-project', 1, 5, 'county-index.csv']);

    // the colleague: another browser context, nothing in its storage
    const colleague = await openApp(browser, { query: '?lang=zh' });
    await openTab(colleague.page, 'mydata');
    expect(await layerNames(colleague.page)).toEqual([]);
    await openFile(colleague.page, file);
    await expect.poll(() => colleague.page.getByTestId('project-status').textContent()).toContain(`已打开项目 "${file.name}"：新增 1 个图层`);
    await expect.poll(() => colleague.page.locator('path.user-feature').count()).toBe(3);
    await expect.poll(() => choroplethLegend(colleague.page), { timeout: 20_000 }).toEqual(saved.choropleth);
    expect(await whatTheMapShows(colleague.page)).toEqual(saved);
    expect(await colleague.page.getByTestId('project-alerts').textContent()).toBe('');
    expect([...planner.errors, ...colleague.errors]).toEqual([]);
    expect([...planner.foreignRequests, ...colleague.foreignRequests]).toEqual([]);
    await planner.context.close();
    await colleague.context.close();
  });

  it('refuses a truncated or newer file with one message naming it, and loses nothing already on the map', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&city=510100' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'coloured-sites.geojson');
    await expect.poll(() => page.locator('path.user-feature').count()).toBe(3);
    const before = await settledUrl(page);
    // the keyboard route: Save is a button reached by focus, Enter saves
    await page.getByTestId('project-save').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^chengyu-map-project-\d{8}\.json$/);
    const good = Buffer.from(await (await import('node:fs/promises')).readFile(await download.path()));

    await openFile(page, { name: 'plan.json', bytes: good.subarray(0, Math.floor(good.length / 2)) });
    const problem = page.getByTestId('project-problem');
    await expect.poll(() => problem.textContent()).toBe('The file "plan.json" is not JSON, so it cannot be opened as a project. Nothing already loaded has changed.');
    const newer = JSON.stringify({ ...(JSON.parse(good.toString('utf8')) as object), version: 2 });
    await openFile(page, { name: 'from-the-future.json', bytes: Buffer.from(newer) });
    await expect.poll(() => problem.textContent()).toBe('The file "from-the-future.json" comes from a newer version (project file version 2); this page opens version 1. Nothing already loaded has changed.');
    expect(await page.getByTestId('project-problem').count()).toBe(1);
    // nothing lost: the layer, its features on the map and the state in the address
    expect(await layerNames(page)).toEqual(['coloured-sites']);
    expect(await page.locator('path.user-feature').count()).toBe(3);
    expect(await settledUrl(page)).toBe(before);
    // the message follows the language
    await page.locator('[data-testid="lang-switch"] button[data-lang="zh"]').click();
    await expect.poll(() => problem.textContent()).toBe('文件 "from-the-future.json" 来自更新的版本（项目文件版本 2），本页面只能打开版本 1。已加载的内容保持不变。');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives Save and Open finger-sized targets on a phone', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&tab=mydata', viewport: { width: 390, height: 844 }, touch: true });
    const save = page.getByTestId('project-save');
    await save.scrollIntoViewIfNeeded();
    const open = page.locator('label[for="project-file-input"]');
    for (const control of [save, open]) {
      const box = await control.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
    expect(await open.textContent()).toBe('Open project…');
    await context.close();
  });
});
