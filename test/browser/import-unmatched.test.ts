// Rows a table import could not place: fixed in place in the mapping step (a nearest division chosen,
// a name typed), downloaded as CSV, and the hint that coordinates come from a Chinese web map.
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, openTab } from './harness';
import { downloadFrom } from './support/download';
import { fixturePath, layerNames, layerRows } from './user-data-helpers';

const browser = useBrowser();

describe('rows that match no division', () => {
  it('lists them with the nearest divisions, downloads them as CSV, and places the rows the planner fixes', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', fixturePath('counties-no-coordinates.csv'));
    const step = page.locator('[data-testid="import-mapping"][data-file="counties-no-coordinates.csv"]');
    const unmatched = step.getByTestId('import-unmatched');
    await unmatched.waitFor();
    // 武候区 (a typo, left at 成都市), 四川省 (a province only) and 火星区 (nothing like it).
    expect(await unmatched.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-row')))).toEqual(['7', '8', '10']);
    expect(await unmatched.locator('li[data-row="7"]').textContent()).toContain('武候区');
    const typoChoices = await unmatched.locator('li[data-row="7"] select').evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent));
    expect(typoChoices[0]).toBe('（保持不变）');
    expect(typoChoices).toContain('武侯区');

    const download = await downloadFrom(unmatched.getByTestId('import-unmatched-download'));
    expect(download.name).toBe('counties-no-coordinates-unmatched.csv');
    const lines = download.text.split('\r\n');
    expect(lines[0]).toBe('\ufeff行号,市,区县,项目数,未匹配的地名,原因,最接近的区划');
    expect(lines[2]).toBe('8,四川省,,2,四川省,只写到省,');
    expect(lines[3]).toMatch(/^10,,火星区,1,火星区,无法匹配,\S+/);

    await unmatched.locator('li[data-row="7"] select').selectOption({ label: '武侯区' });
    await unmatched.locator('li[data-row="8"] input').fill('宜宾市叙州区');
    await unmatched.getByTestId('import-unmatched-apply').click();
    // The table is read again with the corrections: only 火星区 is left.
    await expect.poll(() => step.getByTestId('import-unmatched').locator('li').count(), { timeout: 20_000 }).toBe(1);
    expect(await step.getByTestId('import-mapping-summary').textContent()).toContain('按地名定位：7 行到区县，1 行到市，1 行未匹配');
    await step.getByTestId('import-mapping-confirm').click();
    // 火星区 still matches nothing: the planner imports the rest.
    await page.locator('[data-offer="without-bad"]').click();
    await expect.poll(() => layerNames(page)).toEqual(['counties-no-coordinates']);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toContain('8');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('coordinates from a Chinese web map', () => {
  it('hints BD-09 for columns named 百度经度/百度纬度, in both languages, until the planner chooses a system', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', fixturePath('baidu-columns.csv'));
    const step = page.locator('[data-testid="import-mapping"][data-file="baidu-columns.csv"]');
    const hint = step.getByTestId('import-mapping-crs-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toBe('列 "百度经度" 表明坐标可能来自百度地图（BD-09）；若点位整体偏移几百米，请在“坐标系”中选择它。');
    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await expect.poll(() => hint.textContent()).toBe('The column "百度经度" suggests the coordinates come from Baidu Maps (BD-09); if the points sit a few hundred metres off, choose it under “Coordinate system”.');
    await step.getByTestId('import-mapping-crs').selectOption('bd09');
    await expect.poll(() => hint.count()).toBe(0);
    await step.getByTestId('import-mapping-confirm').click();
    await expect.poll(() => layerNames(page)).toEqual(['baidu-columns']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
