// The charts beside the map: they describe the current set, and brushing the timeline sets the
// year filter (in the URL, as a history entry) which the charts and the table follow.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab } from './harness';
import { seriousViolations } from './support/axe';
import { projects } from './questions-reference';

const browser = useBrowser();

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
    for (const slot of ['cities', 'provinces', 'timeline', 'levels', 'statuses']) {
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

// Counted straight from the served data, apart from the app's aggregation: the places at one level
// (Sichuan's prefectures, Chongqing's districts and counties) and the two provinces' totals.
const places = new Set(projects.flatMap((feature) => feature.properties.prefectures));
const sichuanPlaces = [...places].filter((adcode) => adcode.startsWith('51'));
const inChongqing = projects.filter((feature) => feature.properties.prefectures.some((adcode) => adcode.startsWith('50'))).length;
const provinceTotal = (side: 'sichuan' | 'chongqing') =>
  projects.filter((feature) => feature.properties.province === side || feature.properties.province === 'both').length;
const inBoth = projects.filter((feature) => feature.properties.province === 'both').length;

const barLabels = (page: Page) => page.locator('[data-chart="cities"] g.chart__row .chart__label').allTextContents();
const cityTableRow = (page: Page, name: string) => page.locator('[data-chart="cities"] .chart__table tbody tr').filter({ has: page.getByText(name, { exact: true }) });

describe('by-place chart at one level, and Sichuan beside Chongqing', () => {
  it('draws every place as a bar with no "others" bar; Chongqing as one bar is a choice kept in the address and undone by Back (zh)', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openAnalysis(page);
    const chart = page.locator('[data-chart="cities"]');
    expect(await chart.locator('.chart__title').textContent()).toBe('各地项目数量：四川各市州与重庆各区县（按类别）');
    // one bar per place that has a project: Sichuan's prefectures beside Chongqing's districts and counties
    const labels = await barLabels(page);
    expect(labels).toHaveLength(places.size);
    expect(labels).not.toContain('其他');
    expect(labels).toContain('成都市');
    expect(labels).toContain('渝北区');
    // the text alternative names each place's province
    expect(await cityTableRow(page, '渝北区').locator('td').nth(1).textContent()).toBe('重庆');
    expect(await cityTableRow(page, '成都市').locator('td').nth(1).textContent()).toBe('四川');

    await chart.getByRole('radio', { name: '全市一条' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('cq')).toBe('one');
    await expect.poll(async () => (await barLabels(page)).length).toBe(sichuanPlaces.length + 1);
    expect(await chart.locator('.chart__title').textContent()).toBe('各地项目数量：四川各市州与重庆全市（按类别）');
    expect(await barLabels(page)).not.toContain('渝北区');
    // Chongqing counts each of its projects once, however many districts it lies in
    const chongqingRow = cityTableRow(page, '重庆市');
    expect(await chongqingRow.locator('td').last().textContent()).toBe(String(inChongqing));

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('cq')).toBeNull();
    await expect.poll(async () => (await barLabels(page)).length).toBe(places.size);
    expect(await chart.getByRole('radio', { name: '各区县' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens Chongqing as one bar from the address, and a bad cq value is named in a notice and ignored (en)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&tab=charts&cq=one' });
    await page.locator('[data-chart="timeline"] .overlay').waitFor();
    const chart = page.locator('[data-chart="cities"]');
    expect(await chart.getByRole('radio', { name: 'one bar' }).isChecked()).toBe(true);
    expect(await barLabels(page)).toContain('Chongqing');
    await context.close();

    const bad = await openApp(browser, { query: '?lang=en&tab=charts&cq=all' });
    await bad.page.locator('[data-chart="timeline"] .overlay').waitFor();
    await expect.poll(() => bad.page.getByTestId('notices').textContent()).toContain('ignored parameter "cq": "all"');
    expect(await bad.page.getByTestId('notices').textContent()).toContain('one: one bar; districts: its districts and counties');
    expect(await barLabels(bad.page)).toHaveLength(places.size);
    expect(await bad.page.locator('[data-chart="cities"]').getByRole('radio', { name: 'its districts and counties' }).isChecked()).toBe(true);
    await bad.context.close();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    it(`writes every place's English name in full inside the panel, and styles the Download buttons like the app's others, at ${viewport.width}×${viewport.height}`, async () => {
      const touch = viewport.width <= 640;
      const { page, context, errors } = await openApp(browser, { query: '?lang=en&tab=charts', viewport, touch });
      await page.locator('[data-chart="timeline"] .overlay').waitFor();
      const labels = await barLabels(page);
      expect(labels).toHaveLength(places.size);
      // names the old 14-character cut shortened, read in full
      expect(labels).toContain('Shapingba District');
      expect(labels).toContain('Jiangjin District');
      for (const label of labels) expect(label).not.toMatch(/…|\.\.\.$/);
      // each name lies inside the panel's box (nothing cut off at either side), clear of its bar
      const panel = await page.getByTestId('analysis-panel').boundingBox();
      const rows = await page.locator('[data-chart="cities"] g.chart__row').evaluateAll((groups) =>
        groups.map((group) => {
          const label = group.querySelector('.chart__label')!.getBoundingClientRect();
          const bar = group.querySelector('.chart__segments rect')?.getBoundingClientRect();
          return { left: label.left, right: label.right, top: label.top, bottom: label.bottom, barTop: bar?.top ?? Infinity, barLeft: bar?.left ?? Infinity };
        }),
      );
      for (const row of rows) {
        expect(row.left).toBeGreaterThanOrEqual(panel!.x);
        expect(row.right).toBeLessThanOrEqual(panel!.x + panel!.width);
        // the name is above its bar or left of it, never on it
        expect(row.bottom <= row.barTop + 1 || row.right <= row.barLeft + 1).toBe(true);
      }
      // the Download buttons look like the header's Copy link button: its border, radius and paper
      const look = (selector: string) =>
        page.locator(selector).first().evaluate((button) => {
          const style = getComputedStyle(button);
          return { border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`, radius: style.borderTopLeftRadius, background: style.backgroundColor, height: button.getBoundingClientRect().height };
        });
      const header = await look('.copy-link-button');
      for (const testId of ['download-csv', 'download-geojson']) {
        const button = await look(`[data-testid="${testId}"]`);
        expect(button.border).toBe(header.border);
        expect(button.radius).toBe(header.radius);
        expect(button.background).toBe(header.background);
        expect(button.height).toBeGreaterThanOrEqual(touch ? 44 : 32);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('compares Sichuan and Chongqing by category, counting a project in both on each side, with a sentence and a table (zh and en)', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&tab=charts' });
    await page.locator('[data-chart="timeline"] .overlay').waitFor();
    const chart = page.locator('[data-chart="provinces"]');
    expect(await chart.locator('.chart__title').textContent()).toBe('Sichuan and Chongqing compared, by category');
    const sentence = `Sichuan ${provinceTotal('sichuan')}, Chongqing ${provinceTotal('chongqing')}; ${inBoth} lie in both and count on each side.`;
    expect(await chart.locator('.chart__summary').textContent()).toBe(sentence);
    expect(await chart.locator('.chart__note').textContent()).toBe(sentence);
    // two named bars per category
    expect(await chart.locator('g.chart__row[data-side="sichuan"]').count()).toBe(4);
    expect(await chart.locator('g.chart__row[data-side="chongqing"]').count()).toBe(4);
    const corridors = (side: 'sichuan' | 'chongqing') =>
      projects.filter((f) => f.properties.category === 'corridor' && (f.properties.province === side || f.properties.province === 'both')).length;
    const corridorRow = chart.locator('.chart__table tbody tr').filter({ has: page.getByText('Corridor', { exact: true }) });
    expect(await corridorRow.locator('td').allTextContents()).toEqual(['Corridor', String(corridors('sichuan')), String(corridors('chongqing')), String(projects.filter((f) => f.properties.category === 'corridor' && f.properties.province === 'both').length)]);
    expect(await chart.locator('.chart__table tbody tr').last().locator('td').allTextContents()).toEqual(['Total', String(provinceTotal('sichuan')), String(provinceTotal('chongqing')), String(inBoth)]);
    // the language switch redraws it in Chinese
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => chart.locator('.chart__title').textContent()).toBe('四川与重庆对比（按类别）');
    expect(await chart.locator('.chart__summary').textContent()).toBe(`四川 ${provinceTotal('sichuan')} 项，重庆 ${provinceTotal('chongqing')} 项；其中 ${inBoth} 项跨两地，在两边各计一次。`);
    expect(await chart.locator('svg[role="img"]').count()).toBe(1);
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
    expect(await seriousViolations(page, ['[data-testid="panels"]'])).toEqual([]);
    await context.close();
  });
});
