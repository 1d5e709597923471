// The table of the current set and its downloads: sorting by a header, and CSV (UTF-8 with BOM)
// and GeoJSON files holding exactly the rows of the table.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { useBrowser, openApp, openTab } from './harness';
import { downloadFrom } from './support/download';
import { kmToLine, projects } from './questions-reference';
import type { LineString } from 'geojson';

const browser = useBrowser();

async function openTable(page: Page): Promise<void> {
  await openTab(page, 'charts');
  await page.locator('[data-testid="feature-table"] tbody tr').first().waitFor();
}

const rowIds = (page: Page) =>
  page.locator('[data-testid="feature-table"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));

describe('table', () => {
  it('sorts by year when the column header is activated, unknown years last', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTable(page);
    const header = page.locator('[data-testid="feature-table"] th[data-column="year"]');
    await header.locator('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    const years = await page
      .locator('[data-testid="feature-table"] tbody tr')
      .evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent ?? ''), index);
    const known = years.filter((text) => /^\d{4}$/.test(text)).map(Number);
    expect(known.length).toBeGreaterThan(10);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    const firstUnknown = years.findIndex((text) => !/^\d{4}$/.test(text));
    if (firstUnknown >= 0) expect(years.slice(firstUnknown).every((text) => text === '未知')).toBe(true);
    await header.locator('button').press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await context.close();
  });

  it('says what it lists and how to use it, and heads its columns, in the reader’s language', async () => {
    const words = {
      zh: { caption: (n: number) => `项目列表（${n} 项）。点击列标题排序，点击行或按回车在地图上选中。`, headers: ['名称', '类别', '类型', '城市', '级别', '状态', '年份', '定位精度', '面积（km²）'] },
      en: { caption: (n: number) => `Projects (${n}). Sort by a column header; click a row or press Enter to select it on the map.`, headers: ['Name', 'Category', 'Type', 'City', 'Level', 'Status', 'Year', 'Location precision', 'Area (km²)'] },
    };
    for (const lang of ['zh', 'en'] as const) {
      const { page, context } = await openApp(browser, { query: `?lang=${lang}&qa=u:510100` });
      await openTable(page);
      const table = page.locator('[data-testid="feature-table"]');
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      expect(await table.locator('caption').textContent()).toBe(words[lang].caption(rows));
      expect(await table.locator('thead th').allTextContents()).toEqual(words[lang].headers);
      await context.close();
    }
  });
});

describe('downloads', () => {
  it('downloads the current set as CSV with a BOM and as GeoJSON with the same ids as the table', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&qa=u:510100' });
    await openTable(page);
    const ids = (await rowIds(page)).sort();
    expect(ids.length).toBeGreaterThan(0);

    const csvDownload = await downloadFrom(page.getByTestId('download-csv'));
    expect(csvDownload.name).toMatch(/^chengyu-features-\d{8}\.csv$/);
    const csv = csvDownload.bytes;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text).toContain('成都');
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    expect(parsed.data.length - 1).toBe(ids.length);
    expect(parsed.data[0]?.slice(0, 5)).toEqual(['编号', '中文名称', '英文名称', '类别', '类型']);
    expect(parsed.data[0]).toContain('中文简介');
    expect(parsed.data[0]?.join(',')).not.toMatch(/_|[A-Za-z]/);

    const geoDownload = await downloadFrom(page.getByTestId('download-geojson'));
    expect(geoDownload.name).toMatch(/^chengyu-features-\d{8}\.geojson$/);
    const geojson = JSON.parse(geoDownload.text) as { type: string; features: { id?: string; properties: { id: string } }[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f) => f.id ?? f.properties.id).sort()).toEqual(ids);
    expect(Object.keys(geojson.features[0]?.properties ?? {})).toContain('中文名称');
    await context.close();
  });

  it('writes the headers in English when the interface is in English', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&qa=u:510100' });
    await openTable(page);
    const csvDownload = await downloadFrom(page.getByTestId('download-csv'));
    const text = csvDownload.bytes.subarray(3).toString('utf8');
    const [header, first] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    expect(header?.slice(0, 5)).toEqual(['ID', 'Name (Chinese)', 'Name (English)', 'Category', 'Type']);
    expect(header).toContain('Description (English)');
    expect(header?.join(',')).not.toMatch(/_|\p{Script=Han}/u);
    // a record of Chengdu: its English description is filled
    expect(first?.[header?.indexOf('Description (English)') ?? -1]).toMatch(/[A-Za-z]{3}/);

    const geoDownload = await downloadFrom(page.getByTestId('download-geojson'));
    const geojson = JSON.parse(geoDownload.text) as { features: { properties: Record<string, unknown> }[] };
    expect(Object.keys(geojson.features[0]?.properties ?? {}).slice(0, 3)).toEqual(['ID', 'Name (Chinese)', 'Name (English)']);
    await context.close();
  });
});

describe('distance to the corridor in the table and the downloads', () => {
  const corridor = projects.find((feature) => feature.id === 'hsr-chengdu-chongqing')?.geometry as LineString;
  /** a point's distance straight from the data with turf, to a tenth of a km */
  const expectedKm = (id: string): number | null => {
    const feature = projects.find((candidate) => candidate.id === id);
    return feature?.geometry.type === 'Point' ? kmToLine(feature.geometry.coordinates, corridor) : null;
  };

  it('adds a sortable distance column while a catchment is asked, and the CSV and GeoJSON carry it (en)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&qc=hsr-chengdu-chongqing&qd=20' });
    await openTable(page);
    const header = page.locator('[data-testid="feature-table"] th[data-column="distance"]');
    expect(await header.textContent()).toBe('Distance to corridor (km)');
    await header.locator('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const cells = await page
      .locator('[data-testid="feature-table"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-id') ?? '', row.querySelector('.feature-table__distance')?.textContent ?? '']));
    const kms = cells.map(([, text]) => Number(text));
    expect(kms.every((km) => Number.isFinite(km) && km >= 0 && km <= 20)).toBe(true);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    // the corridor itself (and whatever touches it) reads 0, at the top
    expect(cells[0]?.[1]).toBe('0');
    expect(cells.find(([id]) => id === 'hsr-chengdu-chongqing')?.[1]).toBe('0');
    const points = cells.filter(([id]) => expectedKm(id as string) !== null);
    expect(points.length).toBeGreaterThan(3);
    for (const [id, text] of points) expect(Number(text), id).toBeCloseTo(expectedKm(id as string) as number, 1);
    await header.locator('button').press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');

    const csvDownload = await downloadFrom(page.getByTestId('download-csv'));
    const text = csvDownload.bytes.subarray(3).toString('utf8');
    const [csvHeader, ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    const distanceAt = csvHeader?.indexOf('Distance to corridor (km)') ?? -1;
    expect(distanceAt).toBeGreaterThan(0);
    expect(rows).toHaveLength(cells.length);
    for (const row of rows) {
      const km = expectedKm(row[0] as string);
      if (km !== null) expect(Number(row[distanceAt]), row[0]).toBeCloseTo(km, 1);
    }
    expect(rows.find((row) => row[0] === 'hsr-chengdu-chongqing')?.[distanceAt]).toBe('0');

    const geoDownload = await downloadFrom(page.getByTestId('download-geojson'));
    const geojson = JSON.parse(geoDownload.text) as { features: { id: string; properties: Record<string, unknown> }[] };
    expect(geojson.features.find((f) => f.id === 'hsr-chengdu-chongqing')?.properties['Distance to corridor (km)']).toBe(0);
    await context.close();
  });

  it('heads the column in Chinese, and has no distance column without a catchment (zh)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&qc=hsr-chengdu-chongqing&qd=20' });
    await openTable(page);
    expect(await page.locator('[data-testid="feature-table"] th[data-column="distance"]').textContent()).toBe('到通道距离（km）');
    const csvDownload = await downloadFrom(page.getByTestId('download-csv'));
    const header = Papa.parse<string[]>(csvDownload.bytes.subarray(3).toString('utf8').trim(), { skipEmptyLines: true }).data[0];
    expect(header?.at(-1)).toBe('到通道距离（千米）');
    await context.close();

    const plain = await openApp(browser, { query: '?lang=zh' });
    await openTable(plain.page);
    expect(await plain.page.locator('[data-testid="feature-table"] th[data-column="distance"]').count()).toBe(0);
    await plain.context.close();
  });
});
