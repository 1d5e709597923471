// Importing a planner's own files: both routes (drop, picker), the broken-file corpus with its
// messages and fixes, persistence across a reload, managing layers, and "Download my layers".
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, waitForMapReady, openTab } from './harness';
import { seriousViolations } from './support/axe';
import { chooseFixtures, countImportWorkers, dropFixture, fixturePath, importWorkers, layerNames, layerRows, storedLayerNames } from './user-data-helpers';

// An import runs in a worker the page starts for it: on a loaded two-core machine that alone can take
// longer than a poll's default second.
const IMPORTED = { timeout: 30_000 };

const browser = useBrowser();

const alerts = (page: Page) => page.locator('[data-testid="user-layers-alerts"] [data-testid="import-alert"]');
const userPaths = (page: Page) => page.locator('path.user-feature');

/** Waits for the alert about the file and checks it says each part. */
async function expectAlert(page: Page, file: string, ...parts: (string | RegExp)[]): Promise<string> {
  const alert = page.locator(`[data-testid="user-layers-alerts"] [data-testid="import-alert"][data-file="${file}"]`);
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  for (const part of [file, ...parts]) expect(text).toMatch(part);
  return text;
}

/**
 * Presses the progress row's Cancel from inside the page the moment the row of `file` reaches one of
 * `stages` (a MutationObserver runs before the worker's next message is read), since a click sent from
 * the test can come after a fast import has ended. Resolves with the stage and the bar at that moment.
 */
function cancelAtStage(page: Page, file: string, stages: readonly string[]): Promise<{ stage: string; text: string; value: number; max: number }> {
  return page.evaluate(([file, stages]) => new Promise<{ stage: string; text: string; value: number; max: number }>((resolve) => {
    const observer = new MutationObserver(() => {
      const row = [...document.querySelectorAll<HTMLElement>('[data-testid="import-progress"]')].find((candidate) => candidate.dataset['file'] === file && stages.includes(candidate.dataset['stage'] ?? ''));
      if (!row) return;
      observer.disconnect();
      const bar = row.querySelector('progress')!;
      const noted = { stage: row.dataset['stage']!, text: row.textContent ?? '', value: bar.value, max: bar.max };
      [...row.querySelectorAll('button')].find((button) => button.textContent === 'Cancel import')!.click();
      resolve(noted);
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-stage'] });
  }), [file, stages] as const);
}

describe('importing by drag and drop and by the file picker', () => {
  it('draws a dropped GeoJSON file as a new layer, in the panel and on the map, without sending it anywhere', async () => {
    const { page, context, errors, foreignRequests } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    // What the page sends from here on: the importer's own scripts and styles may load (and be probed
    // with HEAD first), but nothing may carry the file (no request with a body, none naming it).
    const sent: { method: string; url: string; body: string | null }[] = [];
    page.on('request', (request) => sent.push({ method: request.method(), url: request.url(), body: request.postData() }));
    await dropFixture(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    // good.geojson holds a point, a polygon and a line
    await expect.poll(() => userPaths(page).count()).toBe(3);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toContain('3');
    expect(sent.filter((request) => !['GET', 'HEAD'].includes(request.method) || request.body !== null || /good/.test(request.url))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports several files chosen in the file picker, and the picker says what it accepts', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    const picker = page.getByTestId('user-layers-file');
    expect(await picker.getAttribute('accept')).toBe('.geojson,.json,.topojson,.kml,.kmz,.gpx,.zip,.csv,.tsv,.txt,.xlsx,.xls');
    expect(await picker.getAttribute('multiple')).not.toBeNull();
    expect(await page.getByTestId('user-layers-help').textContent()).toContain('25 MB');
    await chooseFixtures(page, 'good.geojson', 'chinese-headers.csv');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good', 'chinese-headers']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('boundary and track formats', () => {
  const status = (page: Page) => page.getByTestId('import-status');

  it('imports a zipped CGCS2000 shapefile and a GPX track, saying what each was read as, and names a .prj it cannot follow', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'districts-cgcs2000-gk.zip');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['districts-cgcs2000-gk']);
    await expect.poll(() => userPaths(page).count()).toBe(3);
    await expect.poll(() => status(page).textContent()).toContain('读作 Shapefile（ZIP 压缩）');
    expect(await status(page).textContent()).toContain('坐标已按 "districts.prj" 从 "CGCS2000_3_Degree_GK_CM_105E" 转换为 WGS84');
    await chooseFixtures(page, 'ride.gpx');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['districts-cgcs2000-gk', 'ride']);
    await expect.poll(() => status(page).textContent()).toContain('读作 GPX 轨迹和航点');
    await chooseFixtures(page, 'districts-local-grid.zip');
    await expectAlert(page, 'districts-local-grid.zip', '的投影文件 "districts.prj" 所写的坐标系无法识别（"Chengdu_City_Grid"）');
    expect(await layerNames(page)).toEqual(['districts-cgcs2000-gk', 'ride']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a KML and an ECharts map file in English, naming the ECharts form', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'greenway.kml');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['greenway']);
    await expect.poll(() => status(page).textContent()).toContain('read as KML');
    await chooseFixtures(page, 'echarts-chongqing-part.json');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['greenway', 'echarts-chongqing-part']);
    await expect.poll(() => status(page).textContent()).toContain('read as an ECharts map file with encoded coordinates');
    expect(await status(page).textContent()).toContain('2 rings of fewer than 4 positions');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('broken files', () => {
  it('a rejected file leaves the layers, the map and the stored layers as they were', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    await chooseFixtures(page, 'truncated.geojson');
    await expectAlert(page, 'truncated.geojson', /truncated|ends too early/);
    expect(await layerNames(page)).toEqual(['good']);
    expect(await userPaths(page).count()).toBe(3);
    await page.reload();
    await waitForMapReady(page);
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    expect(await storedLayerNames(page)).toEqual(['good']);
    await context.close();
  });

  it('names the file, record and problem for empty, string-coordinate and coordinate-less files', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'empty.geojson');
    await expectAlert(page, 'empty.geojson', /empty/);
    await chooseFixtures(page, 'no-place.csv');
    await expectAlert(page, 'no-place.csv', /coordinate/);
    await chooseFixtures(page, 'coordinate-abc.geojson');
    // the second feature (0-based "feature 1", id P-02) has "abc" as its latitude
    await expectAlert(page, 'coordinate-abc.geojson', /feature 1/, /P-02/);
    expect(await layerRows(page).count()).toBe(0);
    expect(await storedLayerNames(page)).toEqual([]);
    await context.close();
  });

  it('refuses a file over 25 MB before reading it, saying how large it is', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    // Built in the page: 26 MB of zeros need not travel from the test.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'big.geojson'));
      return transfer;
    });
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });
    await expectAlert(page, 'big.geojson', /26(\.0)? MB/, /25(\.0)? MB/);
    expect(await layerRows(page).count()).toBe(0);
    await context.close();
  });

  it('shows the progress of a large file and cancels it, keeping nothing of it and leaving the layers already there', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    // a layer imported before: the cancelled import must not touch it
    await dropFixture(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    await expect.poll(() => userPaths(page).count()).toBe(3);
    // About 20 MB of valid GeoJSON, built in the page.
    const dataTransfer = await page.evaluateHandle(() => {
      const padding = 'x'.repeat(450);
      const features = Array.from({ length: 40_000 }, (_, i) => `{"type":"Feature","properties":{"n":${i},"note":"${padding}"},"geometry":{"type":"Point","coordinates":[104.${i % 1000},30.5]}}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([`{"type":"FeatureCollection","features":[${features.join(',')}]}`], 'large.geojson'));
      return transfer;
    });
    // Cancel pressed while the worker still reads the file (from the page: a click from the test can be late)
    const cancelledAt = cancelAtStage(page, 'large.geojson', ['decoding', 'parsing', 'validating']);
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });
    const progress = page.getByTestId('import-progress');
    const at = await cancelledAt;
    expect(['decoding', 'parsing', 'validating']).toContain(at.stage);
    // the row names the file and has its progress bar
    expect(at.text).toContain('large.geojson');
    await expect.poll(() => page.getByTestId('user-layers-status').textContent()).toContain('cancelled');
    expect(await progress.count()).toBe(0);
    expect(await layerNames(page)).toEqual(['good']);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toMatch(/3 features/);
    expect(await userPaths(page).count()).toBe(3);
    expect(await storedLayerNames(page)).toEqual(['good']);
    await context.close();
  });

  it('cancels while the features are coming over from the worker: nothing of the file is added, the layers already there are untouched', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    await expect.poll(() => userPaths(page).count()).toBe(3);
    // 200,000 points (the most a file may hold), built in the page: they come back from the worker in
    // slices of 2,000 features, one message each (FEATURE_SLICE in src/import/result-slices.ts), 100 in all
    const dataTransfer = await page.evaluateHandle(() => {
      const features = Array.from({ length: 200_000 }, (_, i) => `{"type":"Feature","properties":{"n":${i}},"geometry":{"type":"Point","coordinates":[104.${i % 1000},30.${i % 997}]}}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([`{"type":"FeatureCollection","features":[${features.join(',')}]}`], 'many.geojson'));
      return transfer;
    });
    // the page presses Cancel once the first slice of features is in (a click from the test can be late)
    const cancelledAt = cancelAtStage(page, 'many.geojson', ['receiving']);
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });
    const at = await cancelledAt;
    expect(at.stage).toBe('receiving');
    expect(at.text).toContain('many.geojson');
    // some features had come over, not all of them
    expect(at.max).toBe(200_000);
    expect(at.value).toBeGreaterThan(0);
    expect(at.value).toBeLessThan(200_000);
    await expect.poll(() => page.getByTestId('user-layers-status').textContent(), { timeout: 30_000 }).toContain('cancelled');
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    expect(await layerNames(page)).toEqual(['good']);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toMatch(/3 features/);
    expect(await userPaths(page).count()).toBe(3);
    expect(await page.locator('[data-testid="user-layer-canvas"]').count()).toBe(0);
    expect(await storedLayerNames(page)).toEqual(['good']);
    expect(await alerts(page).count()).toBe(0);
    await context.close();
  });

  it('imports a partly bad file without its bad features when the planner chooses to', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'coordinate-abc.geojson');
    await expectAlert(page, 'coordinate-abc.geojson');
    const offer = page.locator('[data-offer="without-bad"]');
    expect(await offer.textContent()).toContain('1');
    await offer.click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['coordinate-abc']);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toContain('1');
    expect(await alerts(page).count()).toBe(0);
    await context.close();
  });

  it('offers to swap lon/lat, and the swapped points land in Chengdu and Chongqing', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'swapped.geojson');
    await expectAlert(page, 'swapped.geojson');
    await page.locator('[data-fix="swap"]').click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['swapped']);
    await expect.poll(() => userPaths(page).count()).toBe(2);
    await userPaths(page).first().dispatchEvent('click');
    expect(await page.getByTestId('user-feature-popup').textContent()).toContain('Chengdu, swapped');
    await context.close();
  });

  it('offers to convert Web Mercator metres, then imports the file', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'web-mercator.geojson');
    await expectAlert(page, 'web-mercator.geojson');
    await page.locator('[data-fix="fromWebMercator"]').click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['web-mercator']);
    expect(await alerts(page).count()).toBe(0);
    await context.close();
  });

  it('reads a GBK CSV with 成都-area names correctly, and a CSV with a byte-order mark', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'gbk.csv', 'utf8-bom.csv');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['gbk', 'utf8-bom']);
    await page.locator('path.user-feature').first().dispatchEvent('click');
    const popup = (await page.getByTestId('user-feature-popup').textContent()) ?? '';
    expect(popup).toContain('天府新区');
    expect(popup).toContain('名称');
    await page.keyboard.press('Escape');
    // The BOM must not end up in the first column's name.
    await page.locator('path.user-feature[data-user-layer]').last().dispatchEvent('click');
    const headers = await page.locator('[data-testid="user-feature-popup"] tbody th').allTextContents();
    expect(headers).toContain('id');
    expect(headers.some((h) => h.includes('\ufeff'))).toBe(false);
    await context.close();
  });
});

describe('managing layers', () => {
  it('keeps layers across a reload, and renames, hides and removes them', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'good.geojson', 'chinese-headers.csv');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good', 'chinese-headers']);
    const first = layerRows(page).first();
    await first.getByTestId('user-layer-name').fill('Parks 2026');
    await first.getByTestId('user-layer-name').press('Enter');
    await expect.poll(() => storedLayerNames(page)).toEqual(['Parks 2026', 'chinese-headers']);
    const otherPaths = await page.locator('path.user-feature').count();
    await first.getByTestId('user-layer-visible').uncheck();
    await expect.poll(() => page.locator('path.user-feature').count()).toBe(otherPaths - 3);

    await page.reload();
    await waitForMapReady(page);
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['Parks 2026', 'chinese-headers']);
    expect(await layerRows(page).first().getByTestId('user-layer-visible').isChecked()).toBe(false);
    expect(await page.locator('path.user-feature').count()).toBe(otherPaths - 3);

    const second = layerRows(page).nth(1);
    await second.getByTestId('user-layer-remove').click();
    // The first click only asks; keeping the layer changes nothing.
    await second.getByTestId('user-layer-keep').click();
    expect(await layerNames(page)).toEqual(['Parks 2026', 'chinese-headers']);
    await second.getByTestId('user-layer-remove').click();
    await second.getByTestId('user-layer-confirm-remove').click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['Parks 2026']);
    await expect.poll(() => storedLayerNames(page)).toEqual(['Parks 2026']);
    await context.close();
  });

  it('does not accept a blank name: the saved name comes back', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    const name = page.getByTestId('user-layer-name');
    await name.fill('   ');
    await name.press('Enter');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    expect(await storedLayerNames(page)).toEqual(['good']);
    await context.close();
  });

  it('filters a layer by a property value', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'good.geojson');
    await expect.poll(() => userPaths(page).count()).toBe(3);
    const row = layerRows(page).first();
    await row.getByTestId('user-filter-field').selectOption('category');
    await row.getByTestId('user-filter-value').selectOption('corridor');
    // good.geojson has one corridor (the line) and two pilot zones
    await expect.poll(() => userPaths(page).count()).toBe(1);
    expect(await row.getByTestId('user-layer-count').textContent()).toMatch(/1 of 3/);
    await row.getByTestId('user-filter-value').selectOption('');
    await expect.poll(() => userPaths(page).count()).toBe(3);
    await context.close();
  });

  it('downloads every layer as one GeoJSON file with the imported properties', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('user-layers-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.geojson$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const original = JSON.parse(readFileSync(fixturePath('good.geojson'), 'utf8'));
    expect(saved.type).toBe('FeatureCollection');
    expect(saved.features.map((f: { properties: unknown }) => f.properties)).toEqual(original.features.map((f: { properties: unknown }) => f.properties));
    expect(saved.layers.map((l: { name: string }) => l.name)).toEqual(['good']);
    await context.close();
  });
});

describe('keyboard and accessibility', () => {
  it('opens the file chooser from the keyboard with a visible focus ring, and the filled panel has no serious axe violation', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata', { keyboard: true });
    // Listen before anything else: Playwright turns on file-chooser interception without waiting for
    // the browser, so a key pressed at once can open the (headless, invisible) native chooser instead.
    // The round trips below (focus, style read) complete after the browser has taken that request.
    const chooserOpened = page.waitForEvent('filechooser');
    const picker = page.getByTestId('user-layers-file');
    await picker.focus();
    const ring = await page.locator('label[for="user-layers-file"]').evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Space');
    const chooser = await chooserOpened;
    await chooser.setFiles(fixturePath('good.geojson'));
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    // The row's controls are reached with Tab from the layer name.
    await page.getByTestId('user-layer-name').focus();
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(next).toBe('user-layer-visible');
    expect(await seriousViolations(page, ['[data-testid="user-layers-panel"]'])).toEqual([]);
    await context.close();
  });
});

describe('import messages in both languages', () => {
  const alertFor = (page: Page, file: string) => page.locator(`[data-testid="user-layers-alerts"] [data-testid="import-alert"][data-file="${file}"]`);

  it('shows a broken CSV in Chinese naming file, row, id and column, and rewords it in English on a language switch', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'bad-row.csv');
    const alert = alertFor(page, 'bad-row.csv');
    await alert.waitFor();
    const zhLines = await alert.locator('li').allTextContents();
    expect(zhLines).toEqual([
      'bad-row.csv 未导入：',
      'bad-row.csv：第 3 行（编号 P-02）："lat" 不是数字（"abc"）',
      'bad-row.csv：第 4 行（编号 P-03）："lon" 为空',
    ]);
    const offer = alert.locator('[data-offer="without-bad"]');
    expect(await offer.textContent()).toBe('导入，但不含 2 个有问题的要素');
    expect(await alert.locator('.import-dismiss').getAttribute('aria-label')).not.toMatch(/[A-Za-z]/);

    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await expect.poll(() => alert.locator('li').allTextContents()).toEqual([
      'bad-row.csv was not imported:',
      'bad-row.csv: row 3 (id P-02): "lat" is not a number ("abc")',
      'bad-row.csv: row 4 (id P-03): "lon" is empty',
    ]);
    expect(await offer.textContent()).toBe('Import without the 2 bad features');
    // The offer still works after the switch, and its outcome is worded in English.
    await offer.click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['bad-row']);
    expect(await page.getByTestId('import-status').textContent()).toContain('Imported bad-row.csv: 1 feature');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('words a geometry problem, its fix and the warning after the fix in Chinese', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await chooseFixtures(page, 'unclosed-ring.geojson');
    const alert = alertFor(page, 'unclosed-ring.geojson');
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toContain(
      'unclosed-ring.geojson：第 1 个要素："geometry" 的第 0 个环未闭合（起点为 [106.4, 29.5]，终点却为 [106.4, 29.7]）',
    );
    const fix = alert.locator('[data-fix="closeRings"]');
    expect(await fix.textContent()).toBe('闭合多边形环后重新导入');
    await fix.click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['unclosed-ring']);
    const status = page.getByTestId('import-status');
    expect(await status.locator('p').allTextContents()).toEqual([
      '已导入 unclosed-ring.geojson：2 个要素',
      'unclosed-ring.geojson：第 1 个要素："geometry" 的第 0 个环未闭合，已在末尾重复其第一个坐标点',
    ]);
    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await expect.poll(() => status.locator('p').allTextContents()).toEqual([
      'Imported unclosed-ring.geojson: 2 features',
      'unclosed-ring.geojson: feature 1: ring 0 of "geometry" was not closed; its first position was repeated at the end',
    ]);
    await context.close();
  });
});

describe('importing an Excel workbook through the mapping step', () => {
  it('refuses a workbook over 12 MB at once, saying to save it as CSV, and keeps the layer already there', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'good.geojson');
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['good']);
    // the real workbook padded to 13 MB, as a large sheet would be (nothing is read of it)
    const workbook = readFileSync(fixturePath('projects-title-row.xlsx'));
    const large = Buffer.alloc(13 * 1024 * 1024);
    workbook.copy(large);
    await page.setInputFiles('[data-testid="user-layers-file"]', { name: '项目清单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: large });
    await expectAlert(page, '项目清单.xlsx', 'is 13.0 MB; an Excel workbook larger than 12.0 MB is too slow to read in the browser: save the sheet as CSV (UTF-8) in Excel or WPS and import that');
    // no mapping step: nothing of it was read
    expect(await page.getByTestId('import-mapping-sheet').count()).toBe(0);
    expect(await layerNames(page)).toEqual(['good']);
    await expect.poll(() => userPaths(page).count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a workbook whose sheet is over 512 KB unzipped (about 4,000 rows and up), under the page’s Content-Security-Policy', async () => {
    // the size at which the zip library used to unpack the sheet in a blob: worker, which the policy
    // refuses: the import then waited forever
    const rows: (string | number)[][] = [['项目名称', '经度', '纬度', '总投资（亿元）', '类型']];
    for (let i = 1; i <= 6000; i += 1) rows.push([`重点项目${i}号`, 103 + (i % 100) / 25, 28.6 + Math.floor(i / 100) / 25, i / 10, i % 2 ? '产业' : '交通']);
    const workbook = await writeXlsxFile(rows).toBuffer();
    expect(unzipSync(workbook)['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(512 * 1024);
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh', initScript: countImportWorkers });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', { name: '重点项目.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    const step = page.locator('[data-testid="import-mapping"][data-file="重点项目.xlsx"]');
    await step.waitFor({ timeout: 30_000 });
    expect(await step.locator('tr[data-column="经度"] select').inputValue()).toBe('lon');
    expect(await step.locator('tr[data-column="纬度"] select').inputValue()).toBe('lat');
    // the worker that read the workbook for the mapping step still holds it for the import
    expect(await importWorkers(page)).toEqual({ created: 1, ended: 0 });
    await step.getByTestId('import-mapping-confirm').click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['重点项目']);
    expect((await layerRows(page).first().getByTestId('user-layer-count').textContent())?.replace(/\D/g, '')).toBe('6000');
    // read once, by one worker, which is ended (and its copy of the workbook freed) once the layer is in
    expect(await importWorkers(page)).toEqual({ created: 1, ended: 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the sheet, header row and column roles, rereads another sheet, and imports its county rows placed by name', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh', initScript: countImportWorkers });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', fixturePath('projects-title-row.xlsx'));
    const step = page.locator('[data-testid="import-mapping"][data-file="projects-title-row.xlsx"]');
    await step.waitFor();
    expect(await step.getByTestId('import-mapping-sheet').evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value))).toEqual(['重点项目', '分区县']);
    // The title and unit lines above the header are skipped.
    expect(await step.getByTestId('import-mapping-header-row').inputValue()).toBe('3');
    expect(await step.locator('tr[data-column="经度"] select').inputValue()).toBe('lon');
    expect(await step.locator('tr[data-column="总投资（亿元）"] select').inputValue()).toBe('value');
    expect(await step.locator('tr[data-column="项目名称"] .import-mapping-examples').textContent()).toContain('天府国际机场配套工程');
    // Nothing is saved before the planner imports.
    expect(await layerRows(page).count()).toBe(0);

    await step.getByTestId('import-mapping-sheet').selectOption('分区县');
    // The worker that read the workbook takes the other sheet from what it read.
    await expect.poll(() => step.getByTestId('import-mapping-header-row').inputValue(), { timeout: 20_000 }).toBe('1');
    await expect.poll(() => step.getByTestId('import-mapping-summary').textContent()).toContain('按地名定位：3 行到区县，1 行到市，0 行未匹配');
    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await expect.poll(() => step.getByTestId('import-mapping-summary').textContent()).toContain('placed by place name: 3 rows at a county, 1 at a city, 0 unmatched');
    await step.getByTestId('import-mapping-confirm').click();
    await expect.poll(() => layerNames(page), IMPORTED).toEqual(['projects-title-row']);
    expect(await layerRows(page).first().getByTestId('user-layer-count').textContent()).toContain('4');
    expect(await step.count()).toBe(0);
    // one worker read the workbook for both sheets and the import, and was ended after it
    expect(await importWorkers(page)).toEqual({ created: 1, ended: 1 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancels the mapping step without keeping anything, ending the worker that held the file', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en', initScript: countImportWorkers });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', fixturePath('gcj02-points.csv'));
    const step = page.locator('[data-testid="import-mapping"][data-file="gcj02-points.csv"]');
    await step.getByTestId('import-mapping-crs').selectOption('gcj02');
    expect(await importWorkers(page)).toEqual({ created: 1, ended: 0 });
    await step.getByTestId('import-mapping-cancel').click();
    await expect.poll(() => step.count()).toBe(0);
    expect(await page.getByTestId('import-status').textContent()).toContain('gcj02-points.csv');
    expect(await layerRows(page).count()).toBe(0);
    expect(await importWorkers(page)).toEqual({ created: 1, ended: 1 });
    await context.close();
  });
});
