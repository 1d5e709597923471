// Colouring the counties by a planner's table: choose the CSV, read the join report, change the
// classes, and check the legend, a county's fill, its value in the hover and the details, the
// permalink and a reload (the table stays in IndexedDB).
import { expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, waitForMapReady } from './harness';
import { downloadFrom, exportSvg } from './support/download';
import { countyFill } from './support/map-state';

const FIXTURE = fileURLToPath(new URL('../fixtures/join/county-index.csv', import.meta.url));

const browser = useBrowser();

const legendLabels = (page: Page) => page.locator('[data-testid="choro-map-legend"] .choro-legend-label').allTextContents();

it('colours the counties by a table joined by name, with a legend, a report, the value in hover and details, kept over a reload', async () => {
  const { page, context, errors, foreignRequests } = await openApp(browser, { query: '?lang=zh&v=30.62,104.05,10' });
  await openTab(page, 'mydata');
  await page.setInputFiles('[data-testid="choro-file"]', FIXTURE);

  // The report: 11 of 13 rows joined; the two typos listed with their row numbers and nearest units.
  await expect.poll(() => page.getByTestId('choro-report-summary').textContent()).toBe('11 / 13 行已匹配');
  const unmatched = await page.locator('[data-testid="choro-unmatched"] li').allTextContents();
  expect(unmatched).toHaveLength(2);
  expect(unmatched[0]).toContain('第 11 行');
  expect(unmatched[0]).toContain('渝北去');
  expect(unmatched[0]).toContain('渝北区');
  expect(unmatched[1]).toContain('第 12 行');
  expect(unmatched[1]).toContain('沙坪坝区');
  expect(await page.getByTestId('choro-report').textContent()).toContain('旧名称 3');
  expect(await page.getByTestId('choro-level').inputValue()).toBe('county');

  // Equal intervals, 4 classes: 28–140 in steps of 28 (values by hand from the fixture).
  await page.getByTestId('choro-method').selectOption('equal');
  await page.getByTestId('choro-classes').selectOption('4');
  await expect.poll(() => legendLabels(page)).toEqual(['28 – 56 点', '56 – 84 点', '84 – 112 点', '112 – 140 点', '无数据']);
  expect(await page.locator('[data-testid="choro-map-legend"] .choro-legend-title').textContent()).toBe('示例指数（点）');
  expect(new URL(page.url()).searchParams.get('ch')).toMatch(/^t[\w-]+~equal~4~YlGnBu~示例指数（点）$/);

  // 武侯区 (120) is in the top class, ColorBrewer YlGnBu 4: #225ea8; a county without a row is grey.
  await expect.poll(() => countyFill(page, '510107')).toBe('#225ea8');
  expect(await countyFill(page, '510104')).toBe('#41b6c4'); // 锦江区 95
  expect(await countyFill(page, '510112')).toBe('#d9d9d9'); // 龙泉驿区: not in the table

  const wuhou = page.locator('path[data-adcode="510107"][data-level="county"]');
  await wuhou.hover();
  await expect.poll(() => page.locator('.unit-tooltip-value').textContent()).toBe('示例指数（点）: 120 点');
  await wuhou.click();
  const details = page.getByTestId('details-panel');
  await expect.poll(() => details.getAttribute('data-adcode')).toBe('510107');
  expect(await details.textContent()).toContain('120 点（表格第 2 行）');

  // Another palette recolours in place; a reload keeps table and colouring.
  await page.getByTestId('choro-palette').selectOption('Blues');
  await expect.poll(() => countyFill(page, '510107')).toBe('#2171b5');
  await page.reload();
  await waitForMapReady(page);
  await expect.poll(() => countyFill(page, '510107')).toBe('#2171b5');
  await expect.poll(() => legendLabels(page)).toEqual(['28 – 56 点', '56 – 84 点', '84 – 112 点', '112 – 140 点', '无数据']);

  // The image export (SVG) fills the counties the same way and lists the classes in its legend.
  const svg = await exportSvg(page, 'zh');
  expect(svg).toMatch(/<path data-adcode="510107" fill="#2171b5" d="M/);
  expect(svg).toMatch(/<path data-adcode="510104" fill="#6baed6" d="M/); // 锦江区 95, Blues 4 class 3
  for (const label of ['示例指数（点）', '112 – 140 点 (2)', '无数据 (211)']) expect(svg).toContain(label);
  // the legend's "no data" swatch is the grey of the units without a value
  expect(svg).toMatch(/<g class="legend-item" data-key="choropleth:no-data" data-count="211"><rect [^>]*fill="#d9d9d9"/);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

it('downloads the coloured units with value and class, and carries the colouring into the embed', async () => {
  const { page, context, errors } = await openApp(browser, { query: '?lang=zh&v=30.62,104.05,10' });
  await openTab(page, 'mydata');
  await page.setInputFiles('[data-testid="choro-file"]', FIXTURE);
  await expect.poll(() => page.getByTestId('choro-report-summary').textContent()).toBe('11 / 13 行已匹配');
  await page.getByTestId('choro-method').selectOption('equal');
  await page.getByTestId('choro-classes').selectOption('4');
  await page.getByTestId('choro-palette').selectOption('Blues');
  await expect.poll(() => countyFill(page, '510107')).toBe('#2171b5');

  // The download of the coloured units: each county with its joined value, class, bounds, colour and row.
  const csvDownload = await downloadFrom(page.getByTestId('choro-download-csv'));
  expect(csvDownload.name).toBe('county-index_示例指数（点）.csv');
  const rows = csvDownload.text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(rows[0]).toBe('adcode,name_zh,name_en,示例指数（点）,class,class_range,colour,table_row');
  expect(rows).toContain('510107,武侯区,Wuhou District,120,4,112 – 140 点,#2171b5,2');
  expect(rows.find((row) => row.startsWith('510112,'))).toBe('510112,龙泉驿区,Longquanyi District,,,,#d9d9d9,');

  // The embed: its code carries the joined values (the reader has no table) and the dialog says so.
  await page.getByTestId('embed-open').click();
  await expect.poll(() => page.getByTestId('embed-choropleth-note').textContent()).toContain('10 个单元');
  const code = await page.getByTestId('embed-code').inputValue();
  const embedUrl = new URL(code.match(/<iframe src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
  expect(embedUrl.searchParams.get('chv')).toMatch(/^c~/);
  expect(embedUrl.searchParams.get('chv')).toContain('510107:120');
  // A reader in another browser (a fresh context: no IndexedDB table) sees the same colouring and legend.
  const reader = await openApp(browser, { query: embedUrl.search });
  await expect.poll(() => countyFill(reader.page, '510107'), { timeout: 20_000 }).toBe('#2171b5');
  expect(await countyFill(reader.page, '510104')).toBe('#6baed6');
  expect(await countyFill(reader.page, '510112')).toBe('#d9d9d9');
  expect(await legendLabels(reader.page)).toEqual(['28 – 56 点', '56 – 84 点', '84 – 112 点', '112 – 140 点', '无数据']);
  expect(reader.errors).toEqual([]);
  expect(reader.foreignRequests).toEqual([]);
  await reader.context.close();
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

it('a link naming a table this browser does not have says so and shows the rest', async () => {
  const { page, context } = await openApp(browser, { query: '?lang=en&ch=tmissing~quantile~5~YlGnBu~GDP' });
  await expect.poll(() => page.locator('body').textContent()).toContain('The table this link colours the map by (tmissing) is not in this browser');
  expect(await page.getByTestId('choro-map-legend').isHidden()).toBe(true);
  await context.close();
});

it('the full app colours the units from the values a link carries (chv), as the embed does, without the table', async () => {
  // Equal intervals, 4 classes over 28–120: bounds 28, 51, 74, 97, 120 (worked out by hand).
  const query = '?lang=en&v=30.62,104.05,10&ch=tfromlink~equal~4~Blues~Index&chv=c~510107:120,510104:95,510106:56,510105:28';
  const { page, context, errors, foreignRequests } = await openApp(browser, { query });
  await expect.poll(() => countyFill(page, '510107'), { timeout: 20_000 }).toBe('#2171b5'); // Blues 4, class 4
  expect(await countyFill(page, '510104')).toBe('#6baed6'); // 95: class 3
  expect(await countyFill(page, '510106')).toBe('#bdd7e7'); // 56: class 2
  expect(await countyFill(page, '510105')).toBe('#eff3ff'); // 28: class 1
  expect(await countyFill(page, '510112')).toBe('#d9d9d9'); // not in the link: no data
  expect(await legendLabels(page)).toHaveLength(5);
  expect(await page.locator('body').textContent()).not.toContain('is not in this browser; the rest of the map is shown');

  // My data says where the colouring comes from and lets the reader change the palette.
  await openTab(page, 'mydata');
  expect(await page.getByTestId('choro-from-link').textContent()).toContain('“Index” values of 4 units');
  await page.getByTestId('choro-palette').selectOption('YlGnBu');
  await expect.poll(() => countyFill(page, '510107')).toBe('#225ea8'); // YlGnBu 4, class 4
  expect(new URL(page.url()).searchParams.get('chv')).toBe('c~510107:120,510104:95,510106:56,510105:28');

  // Removing the colouring drops the carried values too.
  await page.getByTestId('choro-remove').click();
  await expect.poll(() => countyFill(page, '510107')).not.toBe('#225ea8');
  expect(new URL(page.url()).searchParams.get('chv')).toBeNull();
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});
