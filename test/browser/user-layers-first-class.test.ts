// A planner's imported layer treated like a built-in one, as a planner uses it: a real-looking
// spreadsheet with Chinese headers, its features named from the name column (hover, details,
// table), the table sorted by any column, a filter on any column (numbers as a range), the file's
// own colours, and "zoom to" the layer (on import and on request) as a change of the view.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openTab, query, settledUrl, useBrowser } from './harness';
import { dropFixture, layerNames, layerRows } from './user-data-helpers';
import { downloadFrom } from './support/download';

const browser = useBrowser();

const PROJECT_NAMES = ['天府国际机场配套工程', '两江协同创新区', '宜宾三江新区产业园', '绵阳科技城集中发展区', '万州新田港二期'];

/** Drops the sheet of projects (one row lacks its longitude) and keeps the five good rows. */
async function importProjects(page: Page): Promise<void> {
  await openTab(page, 'mydata');
  await dropFixture(page, 'projects-title-row.xlsx');
  await page.locator('[data-offer="without-bad"]').click();
  await expect.poll(() => layerNames(page)).toEqual(['projects-title-row']);
}

const viewOf = (url: string) => (query(url).get('v') ?? '').split(',').map(Number);

describe('an imported spreadsheet as a first-class layer', () => {
  it('frames the layer when imported, names each feature on hover and in its details', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    expect(query(page.url()).get('v')).toBeNull();
    await importProjects(page);
    // the five projects run from Yibin (28.8° N) to Mianyang (31.53° N), Jianyang (104.44° E) to Wanzhou (108.31° E)
    await expect.poll(async () => viewOf(await settledUrl(page)).length).toBe(3);
    const [lat, lon] = viewOf(await settledUrl(page));
    expect(lat).toBeGreaterThan(28.8);
    expect(lat).toBeLessThan(31.53);
    expect(lon).toBeGreaterThan(104.44);
    expect(lon).toBeLessThan(108.31);

    const first = page.locator('path.user-feature').first();
    await first.hover();
    const tooltip = page.locator('.leaflet-tooltip .user-feature-tooltip');
    await tooltip.waitFor();
    expect(PROJECT_NAMES).toContain(await tooltip.textContent());
    await first.click();
    const title = page.getByTestId('user-feature-title');
    await title.waitFor();
    expect(PROJECT_NAMES).toContain(await title.textContent());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the features with their properties as sortable columns, and filters on any column', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await importProjects(page);
    const row = layerRows(page).first();
    const fields = await row.getByTestId('user-filter-field').locator('option').allTextContents();
    for (const column of ['序号', '项目名称', '所在市', '区县', '经度', '纬度', '总投资（亿元）', '年份', '类型']) expect(fields).toContain(column);
    // a number is filtered by a range: projects from 2021 on
    await row.getByTestId('user-filter-field').selectOption('年份');
    await row.getByTestId('user-filter-min').fill('2021');
    await row.getByTestId('user-filter-min').press('Enter');
    await expect.poll(() => row.getByTestId('user-layer-count').textContent()).toMatch(/3.*5/);
    // text with few values is picked from a list (a long column gets a "contains" box: layer-filter.test.ts)
    await row.getByTestId('user-filter-field').selectOption('项目名称');
    await row.getByTestId('user-filter-value').selectOption('两江协同创新区');
    await expect.poll(() => row.getByTestId('user-layer-count').textContent()).toMatch(/1.*5/);
    await row.getByTestId('user-filter-field').selectOption('');

    await openTab(page, 'charts');
    const table = page.getByTestId('user-features-table');
    const headers = await table.getByTestId('user-table-sort').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['图层', '名称', '项目名称', '总投资（亿元）', '区县', '年份']));
    const names = () => table.getByTestId('user-table-name').allTextContents();
    await expect.poll(names).toEqual(PROJECT_NAMES);
    const byInvestment = table.locator('[data-testid="user-table-sort"][data-column="p:总投资（亿元）"]');
    await byInvestment.click();
    await byInvestment.click();
    // descending: 1,250.5 then 1,200
    expect((await names()).slice(0, 2)).toEqual(['两江协同创新区', '天府国际机场配套工程']);
    expect(await byInvestment.locator('..').getAttribute('aria-sort')).toBe('descending');
    // zoom to one feature: a change of the view that centres it
    await table.getByTestId('user-table-row').first().getByTestId('user-feature-zoom').click();
    await expect.poll(async () => viewOf(await settledUrl(page)).slice(0, 2).map((n) => n.toFixed(2))).toEqual(['29.72', '106.65']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the features the table shows, after the layer\'s filter, as CSV and as GeoJSON', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await importProjects(page);
    const row = layerRows(page).first();
    // projects from 2021 on: 天府 (2021), 绵阳 (2022), 万州 (2023)
    await row.getByTestId('user-filter-field').selectOption('年份');
    await row.getByTestId('user-filter-min').fill('2021');
    await row.getByTestId('user-filter-min').press('Enter');
    await expect.poll(() => row.getByTestId('user-layer-count').textContent()).toMatch(/3.*5/);
    await openTab(page, 'charts');
    const table = page.getByTestId('user-features-table');
    await expect.poll(() => table.getByTestId('user-table-row').count()).toBe(3);

    const csv = await downloadFrom(table.getByTestId('user-features-csv'));
    expect(csv.name).toMatch(/^chengyu-my-data-\d{8}\.csv$/);
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = csv.text.slice(1).trimEnd().split('\r\n');
    expect(header?.startsWith('图层,名称,经度,纬度,')).toBe(true);
    expect(header?.split(',')).toEqual(expect.arrayContaining(['项目名称', '总投资（亿元）', '年份']));
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(',')[1]).sort()).toEqual(['万州新田港二期', '天府国际机场配套工程', '绵阳科技城集中发展区'].sort());
    expect(lines.find((line) => line.includes('天府国际机场配套工程'))).toContain('104.441,30.312');

    const geojson = JSON.parse((await downloadFrom(table.getByTestId('user-features-geojson'))).text) as { features: { geometry: { coordinates: number[] }; properties: Record<string, unknown>; layer: string }[] };
    expect(geojson.features.map((feature) => feature.properties['项目名称']).sort()).toEqual(['万州新田港二期', '天府国际机场配套工程', '绵阳科技城集中发展区'].sort());
    expect(geojson.features.find((feature) => feature.properties['项目名称'] === '万州新田港二期')?.geometry.coordinates).toEqual([108.31, 30.75]);
    expect(new Set(geojson.features.map((feature) => feature.layer)).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('honours the file\'s own colour column, and zooms to a layer from its row', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'coloured-sites.geojson');
    await expect.poll(() => page.locator('path.user-feature').count()).toBe(3);
    const fills = await page.locator('path.user-feature').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    // two sites carry simplestyle's marker-color; the third takes its layer's colour
    expect(fills.filter((fill) => fill === '#ff7f00')).toHaveLength(2);
    const layerColour = await layerRows(page).first().getByTestId('user-layer-colour').inputValue();
    expect(fills.filter((fill) => fill === layerColour)).toHaveLength(1);
    // the map moved to the sites on import; move away, then back with "Zoom to layer"
    await page.goto(`${page.url().split('?')[0]}?lang=en&v=29.5,106.5,8`);
    await page.waitForSelector('body[data-ready="true"]');
    await openTab(page, 'mydata');
    await layerRows(page).first().getByTestId('user-layer-zoom').click();
    await expect.poll(async () => viewOf(await settledUrl(page))[0]! > 30.5).toBe(true);
    const [lat, lon] = viewOf(await settledUrl(page));
    expect(lat).toBeLessThan(30.74);
    expect(lon).toBeGreaterThan(104.06);
    expect(lon).toBeLessThan(104.28);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an imported layer in the legend, the search and the list', () => {
  it('finds a feature by its name in the search, goes to it, and lists it in a section of its own', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await importProjects(page);
    await page.getByTestId('search').fill('三江新区');
    const option = page.locator('[data-testid="search-list"] [data-user-feature]');
    await option.first().waitFor();
    expect(await option.first().textContent()).toContain('宜宾三江新区产业园');
    expect(await page.getByTestId('search-list').textContent()).toContain('我的数据');
    await option.first().dispatchEvent('mousedown');
    // the view centres the project at 28.8° N, 104.56° E
    await expect.poll(async () => viewOf(await settledUrl(page)).slice(0, 2).map((n) => n.toFixed(1))).toEqual(['28.8', '104.6']);

    await page.getByTestId('search').fill('');
    // the legend names the layer with its own symbol in its colour
    await openTab(page, 'layers');
    const legendRow = page.getByTestId('user-legend-row');
    await legendRow.waitFor();
    expect(await legendRow.textContent()).toContain('projects-title-row');
    expect(await legendRow.textContent()).toContain('5/5');
    const swatch = await legendRow.locator('.user-legend__swatch--point path').evaluate((node) => getComputedStyle(node).fill);
    expect(swatch).toBe('rgb(178, 24, 43)');
    await openTab(page, 'list');
    const section = page.getByTestId('user-feature-list');
    expect(await section.locator('h2').textContent()).toContain('我的数据');
    const rows = section.getByTestId('user-list-row');
    await expect.poll(() => rows.count()).toBe(5);
    await rows.filter({ hasText: '万州新田港二期' }).locator('button').click();
    await expect.poll(async () => viewOf(await settledUrl(page)).slice(0, 2).map((n) => n.toFixed(1))).toEqual(['30.8', '108.3']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
