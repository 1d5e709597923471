// The charts beside the map: they describe the current set, and brushing the timeline sets the
// year filter (in the URL, as a history entry) which the charts and the table follow.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, openTab } from './harness';
import { projects } from './questions-reference';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const tableRows = (page: Page) => page.locator('[data-testid="feature-table"] tbody tr').count();

async function openAnalysis(page: Page): Promise<void> {
  // the Charts tab opens with its region open: no further click
  await openTab(page, 'charts');
  await page.locator('[data-chart="timeline"] .overlay').waitFor();
}

describe('charts', () => {
  it('has a text alternative for each chart and counts the whole set', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openAnalysis(page);
    for (const slot of ['cities', 'timeline', 'levels', 'statuses']) {
      const summary = await page.locator(`[data-chart="${slot}"] .chart__summary`).textContent();
      expect(summary?.trim().length, slot).toBeGreaterThan(10);
      expect(await page.locator(`[data-chart="${slot}"] svg[role="img"]`).count()).toBe(1);
    }
    expect(await tableRows(page)).toBe(projects.length);
    expect(await page.getByTestId('analysis-count').textContent()).toContain(String(projects.length));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('brushing the timeline sets the year filter; charts and table follow; Back undoes it', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await openAnalysis(page);
    const citiesBefore = await page.locator('[data-chart="cities"] .chart__summary').textContent();
    const overlay = page.locator('[data-chart="timeline"] .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = await overlay.boundingBox();
    if (!box) throw new Error('no brush overlay');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.98, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('yr')).toMatch(/^\d{4}-\d{4}$/);
    const [from, to] = (new URL(page.url()).searchParams.get('yr') as string).split('-').map(Number) as [number, number];
    expect(from).toBeLessThanOrEqual(to);
    const expected = projects.filter((f) => f.properties.year !== null && f.properties.year >= from && f.properties.year <= to).length;
    expect(expected).toBeLessThan(projects.length);
    await expect.poll(() => tableRows(page)).toBe(expected);
    expect(await page.getByTestId('analysis-count').textContent()).toContain(String(expected));
    expect(await page.locator('[data-chart="cities"] .chart__summary').textContent()).not.toBe(citiesBefore);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('yr')).toBeNull();
    await expect.poll(() => tableRows(page)).toBe(projects.length);
    await context.close();
  });

  it('follows a question: only the projects in the queried area are charted', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&qa=u:510100' });
    await openAnalysis(page);
    const count = Number(await page.getByTestId('q-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(projects.length);
    await expect.poll(() => tableRows(page)).toBe(count);
    await context.close();
  });
});

describe('jointly built major projects per year', () => {
  it('draws the yearly totals with a sentence and a table as text alternative, unknown investment as unknown, in both languages', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'charts');
    const section = page.getByTestId('major-projects');
    const summary = section.getByTestId('major-projects-summary');
    await expect.poll(() => summary.textContent()).toContain('从 2021 年的 67 个增至 2026 年的 350 个');
    expect(await summary.textContent()).toContain('2021、2026 年的总投资未公布');
    // the chart is an image named by the sentence, one bar per year
    const chart = section.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-labelledby')).toBe(await summary.getAttribute('id'));
    expect(await section.locator('svg rect').count()).toBe(6);
    const row = (year: number) => section.locator(`[data-testid="major-projects-table"] tbody tr[data-year="${year}"]`);
    expect(await row(2023).locator('td').nth(0).textContent()).toBe('248');
    expect(await row(2023).locator('td').nth(1).textContent()).toBe('总投资 3.25 万亿元');
    expect(await row(2021).locator('td').nth(1).textContent()).toBe('总投资未公布');
    expect(await row(2023).locator('a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => section.locator('h3').textContent()).toBe('Jointly built major projects, per year');
    expect(await row(2022).locator('td').nth(1).textContent()).toBe('total investment ¥2.04 trillion');
    expect(await row(2026).locator('td').nth(1).textContent()).toBe('total investment not published');
    expect(await section.getByTestId('major-projects-summary').textContent()).toContain('Total investment is not published for 2021 and 2026.');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the questions and the analysis', () => {
  it('axe finds no serious or critical violation with a question answered and the charts open', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&qc=hsr-chengdu-chongqing&qd=20&qm=f:ccec-planning-area,hsr-chengdu-chongqing' });
    await openAnalysis(page);
    // axe runs through the DevTools protocol, which the page's CSP does not govern
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const scope = document.querySelector('[data-testid="panels"]') ?? document.body;
      const result = await axe.run(scope, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
