// Published layers: a copy of dist/ whose data is rebuilt by the data build with the fixture layers
// folder (`--layers`), exactly what a deployer's `npm run build` with files in data/layers/ writes,
// served on its own port. The layers show in the full app (legend with source and precision, map,
// list, popup), in the embed (map, legend, source line) and in the SVG export (drawn, in the legend,
// their sources in the footer's source line).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, openTab } from './harness';
import { exportSvg } from './support/download';
import { useServedCopy } from './support/served-copy';

const LAYERS = fileURLToPath(new URL('../fixtures/layers/published/', import.meta.url));
const published = useServedCopy('published', (data) => {
  execFileSync('npx', ['tsx', 'data/build/index.ts', '--layers', LAYERS, '--out', data], { stdio: 'pipe' });
}, 120_000);
const browser = useBrowser();

const SITES = '[data-user-layer="published-test-sites"]';
const OFFICES = '[data-user-layer="published-test-offices"]';
const SITES_SOURCE = 'Test layer: sites: Test fixture (not real data) (checked 2026-11-30)';
const OFFICES_SOURCE = 'Test layer: placed by county: 测试数据（非真实） (checked 2026-11-29)';
const svgText = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ').replace(/\s+/g, ' ');

describe('published layers', () => {
  it('show in the full app: legend with source and precision, on the map, in the list, and a popup naming the source', async () => {
    const { page, errors, foreignRequests } = await openApp(browser, { appURL: published.url, query: '?lang=zh' });
    const rows = page.getByTestId('published-legend-row');
    await expect.poll(() => rows.count()).toBe(2);
    const sites = page.locator('[data-testid="published-legend-row"][data-layer-id="published-test-sites"]');
    expect(await sites.textContent()).toContain('测试图层：站点');
    expect(await sites.textContent()).toContain('2/2');
    expect(await sites.getByTestId('published-source').textContent()).toBe('来源：Test fixture (not real data)（2026-11-30 核对）');
    expect(await sites.getByRole('link').getAttribute('href')).toBe('https://example.org/test-fixture');
    expect(await sites.getByTestId('published-precision').textContent()).toBe('位置精度：精确');
    // not the planner's: not in My layers, where layers are renamed and removed
    expect(await page.getByTestId('user-layers-list').locator('li').count()).toBe(0);
    // drawn: two points each
    await expect.poll(() => page.locator('[data-user-layer="published-test-sites"]').count()).toBe(2);
    await expect.poll(() => page.locator('[data-user-layer="published-test-offices"]').count()).toBe(2);
    // the list names each feature from the sidecar's name column (站点 is not a column the importer would guess)
    await openTab(page, 'list');
    const listed = await page.getByTestId('user-list-row').allTextContents();
    expect(listed.some((text) => text.includes('测试站点甲 Test site A'))).toBe(true);
    // a feature placed by its county name: the popup names the source and the seat's precision
    // (dispatched: at the default zoom the point on 渝北区's seat sits under other symbols)
    await page.locator('[data-user-layer="published-test-offices"]').nth(1).dispatchEvent('click');
    const popup = page.getByTestId('user-feature-popup');
    await popup.waitFor();
    expect(await popup.getByTestId('published-source').textContent()).toBe('来源：测试数据（非真实）（2026-11-29 核对）');
    expect(await popup.getByTestId('published-precision').textContent()).toBe('位置精度：区县驻地');
    // hidden from the legend's box: off the map, counted 0 shown
    await page.keyboard.press('Escape');
    await openTab(page, 'layers');
    await sites.getByRole('checkbox').uncheck();
    await expect.poll(() => page.locator('[data-user-layer="published-test-sites"]').count()).toBe(0);
    expect(await sites.textContent()).toContain('0/2');
    // titles follow the language
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => sites.textContent()).toContain('Test layer: sites');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('show in the embed: on the map, in the legend with their source, and in the source line', async () => {
    const { page, errors, foreignRequests } = await openApp(browser, { appURL: published.url, query: '?lang=en&embed=1&legend=open' });
    await expect.poll(() => page.locator('[data-user-layer="published-test-sites"]').count()).toBe(2);
    const legend = page.getByTestId('embed-published-legend');
    expect(await legend.textContent()).toContain('Test layer: sites');
    expect(await legend.textContent()).toContain('Source: Test fixture (not real data) (checked 2026-11-30)');
    const source = await page.locator('.embed-source').textContent();
    expect(source).toContain('Test layer: sites: Test fixture (not real data) (checked 2026-11-30)');
    // the layers' sources start a sentence of their own after the map's attribution
    expect(source).toContain('not an official map. Test layer: ');
    expect(source).not.toContain('.;');
    expect(source).toContain('Test layer: placed by county: 测试数据（非真实） (checked 2026-11-29)');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('in the embed, a question in the link leaves only their features inside its area, as for the projects', async () => {
    // 成都市 holds site A and the office placed at 武侯区; site B and the office at 渝北 are in Chongqing
    const { page, errors } = await openApp(browser, { appURL: published.url, query: '?lang=en&embed=1&legend=open&qa=u:510100' });
    await expect.poll(() => page.locator(SITES).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator(OFFICES).count()).toBe(1);
    // 渝北区 holds the office placed at its seat and neither site
    const yubei = await openApp(browser, { appURL: published.url, query: '?lang=en&embed=1&qa=u:500112' });
    await expect.poll(() => yubei.page.locator(OFFICES).count(), { timeout: 30_000 }).toBe(1);
    expect(await yubei.page.locator(SITES).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(yubei.errors).toEqual([]);
    await yubei.page.context().close();
    await page.context().close();
  });

  it('show in the SVG export: drawn, in the legend, and their sources in the source line', async () => {
    const { page, errors } = await openApp(browser, { appURL: published.url, query: '?lang=en' });
    await expect.poll(() => page.locator('[data-user-layer="published-test-sites"]').count()).toBe(2);
    const svg = await exportSvg(page, 'en');
    expect(svg).toContain('<g class="user-layer" data-name="Test layer: sites">');
    expect(svg).toContain('<g class="user-layer" data-name="Test layer: placed by county">');
    // the footer's source line, its wrapped lines joined
    const footer = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ').replace(/\s+/g, ' ');
    expect(footer).toContain('Test layer: sites: Test fixture (not real data) (checked 2026-11-30)');
    expect(footer).toContain('Test layer: placed by county: 测试数据（非真实） (checked 2026-11-29)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keep what the reader hid in the permalink (pubhide=): reloading the link, Back, and a link naming a layer the site lacks', async () => {
    const { page, errors } = await openApp(browser, { appURL: published.url, query: '?lang=en' });
    const sitesRow = page.locator('[data-testid="published-legend-row"][data-layer-id="published-test-sites"]');
    await expect.poll(() => page.locator(SITES).count()).toBe(2);
    await sitesRow.getByRole('checkbox').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('pubhide')).toBe('test-sites');
    await expect.poll(() => page.locator(SITES).count()).toBe(0);
    // the link opened afresh: the same layer hidden, its box clear, the other drawn
    const link = page.url();
    const reader = await openApp(browser, { appURL: link, query: '' });
    const readerRow = reader.page.locator('[data-testid="published-legend-row"][data-layer-id="published-test-sites"]');
    await expect.poll(() => readerRow.count()).toBe(1);
    expect(await readerRow.getByRole('checkbox').isChecked()).toBe(false);
    expect(await reader.page.locator(SITES).count()).toBe(0);
    await expect.poll(() => reader.page.locator(OFFICES).count()).toBe(2);
    expect(reader.errors).toEqual([]);
    await reader.page.context().close();
    // showing or hiding is a step in the history: Back shows the layer again
    await page.goBack();
    await expect.poll(() => page.locator(SITES).count()).toBe(2);
    expect(await sitesRow.getByRole('checkbox').isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('pubhide')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
    // a link hiding a layer this site does not have: a notice naming it, and the rest applies
    const stale = await openApp(browser, { appURL: published.url, query: '?lang=zh&pubhide=old-layer,test-offices' });
    await expect.poll(() => stale.page.getByTestId('notices').textContent()).toContain('链接要隐藏的发布图层本站没有：old-layer。');
    await expect.poll(() => stale.page.locator(SITES).count()).toBe(2);
    expect(await stale.page.locator(OFFICES).count()).toBe(0);
    expect(stale.errors).toEqual([]);
    await stale.page.context().close();
  });

  it('hidden by the link in the embed: off the map, out of the legend and out of the source line', async () => {
    const { page, errors } = await openApp(browser, { appURL: published.url, query: '?lang=en&embed=1&legend=open&pubhide=test-sites' });
    await expect.poll(() => page.locator(OFFICES).count()).toBe(2);
    expect(await page.locator(SITES).count()).toBe(0);
    const legend = page.getByTestId('embed-published-legend');
    expect(await legend.locator('li:not([hidden])').allTextContents()).toEqual([expect.stringContaining('Test layer: placed by county')]);
    expect(await legend.innerText()).not.toContain('Test layer: sites');
    const source = await page.locator('.embed-source').textContent();
    expect(source).toContain(OFFICES_SOURCE);
    expect(source).not.toContain('Test layer: sites');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in the command-line export of this build: drawn, in the legend and the source line, except the layer the link hides', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'chengyu-published-cli-')), 'layers.svg');
    const url = 'https://example.org/map/?lang=en&pubhide=test-sites';
    const result = await new Promise<{ code: number; stderr: string }>((done) => {
      execFile('npx', ['tsx', 'scripts/export.ts', '--url', url, '--preset', 'a4-landscape', '--format', 'svg', '--out', out], { env: { ...process.env, APP_DIST: published.dir }, timeout: 170_000 }, (error, _stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
      });
    });
    // no warning
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('<g class="user-layer" data-name="Test layer: placed by county">');
    expect(svg).not.toContain('data-name="Test layer: sites"');
    const text = svgText(svg);
    expect(text).toContain(OFFICES_SOURCE);
    expect(text).not.toContain(SITES_SOURCE);
    expect(text).toContain('example.org/map/');
  }, 180_000);
});
