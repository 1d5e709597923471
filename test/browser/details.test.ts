// The project detail panel: facts as in the data file, unknown spelled out, safe source links,
// the precision badge, closing with the button and Escape, and an unknown id in the URL.
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, openTab, query } from './harness';
import { axeRun } from './support/axe';
import { featureProperties } from './feature-data';

const browser = useBrowser();


describe('feature details', () => {
  it('shows the FTZ Tianfu section as the data file describes it', async () => {
    const ftz = featureProperties('ftz-sc-tianfu-new-area');
    const { page, context, errors } = await openApp(browser, { query: `?lang=en&sel=f:${ftz.id}` });
    const panel = page.getByTestId('feature-details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const field = (name: string) => panel.locator(`[data-field="${name}"]`).textContent();
    expect(await panel.locator('h2').textContent()).toBe(ftz.name_en);
    expect(await field('name_zh')).toBe(ftz.name_zh);
    expect(await field('name_en')).toBe(ftz.name_en);
    expect(await field('year')).toBe(String(ftz.year));
    expect(ftz.area_km2_official).not.toBeNull();
    expect(await field('area_official')).toBe(`${ftz.area_km2_official} km²`);
    expect(await field('description')).toBe(ftz.description_en);
    expect(await field('notes')).toBe(ftz.notes);
    expect(await field('level')).toMatch(/national/i);
    expect(await field('cities')).toContain('Chengdu');
    // the position is approximate, and the badge says so
    expect(ftz.precision).toBe('approximate');
    expect(await field('precision')).toMatch(/approximate/i);
    // sources: a link for each http(s) URL, opening in a new tab without opener; the rest as text
    const links = panel.locator('[data-field="sources"] a');
    const withUrl = ftz.sources.filter((source) => source.url !== null);
    expect(await links.count()).toBe(withUrl.length);
    expect(await links.first().getAttribute('href')).toBe(withUrl[0]?.url);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(await panel.locator('[data-field="sources"] li').count()).toBe(ftz.sources.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an unverified year as unknown (未知) in both languages', async () => {
    const airport = featureProperties('airport-chengdu-shuangliu');
    expect(airport.year).toBeNull();
    const { page, context } = await openApp(browser, { query: `?lang=zh&sel=f:${airport.id}` });
    const year = page.getByTestId('feature-details').locator('[data-field="year"]');
    await expect.poll(() => year.textContent()).toBe('未知');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => year.textContent()).toBe('unknown');
    await context.close();
  });

  it('shows the description in the interface language, without an only-in-the-other-language note', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&sel=f:airport-chengdu-shuangliu' });
    const panel = page.getByTestId('feature-details');
    const description = panel.locator('[data-field="description"]');
    await expect.poll(() => description.textContent()).toBe('成都原有的国际机场，2021年起与天府国际机场按“两场一体”运营，主要承担国内商务和地区航线。');
    expect(await panel.locator('[data-field="description-language"]').count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => description.textContent()).toMatch(/^Chengdu's original international airport/);
    expect(await panel.locator('[data-field="description-language"]').count()).toBe(0);
    await context.close();
  });

  it('names a demonstration park\'s batch, partner, lead industry and how much of its batch is listed, in both languages', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh&sel=f:demo-hejiang-lingang' });
    const panel = page.getByTestId('feature-details');
    const field = (name: string) => panel.locator(`[data-field="${name}"]`).textContent();
    await expect.poll(() => field('demo_batch')).toBe('第1批（2021年）');
    expect(await field('partners')).toBe('重庆江津工业园区');
    expect(await field('lead_industry')).toBe('新材料');
    expect(await field('demo_listed')).toMatch(/^该批 20 个中的 18 个（.*名单不全）$/);
    expect(await field('description')).toContain('首批20个成渝地区双城经济圈产业合作示范园区之一');
    expect(await field('precision')).toContain('区县驻地');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => field('demo_batch')).toBe('batch 1 (2021)');
    expect(await field('partners')).toBe('Chongqing Jiangjin Industrial Park');
    expect(await field('lead_industry')).toBe('New materials');
    expect(await field('demo_listed')).toMatch(/^18 of the batch's 20 \(.*incomplete\)$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes with Escape and with its close button, clearing the selection', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:htz-chengdu' });
    const panel = page.getByTestId('feature-details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(query(page.url()).get('sel')).toBeNull();
    await page.goBack();
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.getByTestId('feature-details-close').click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(query(page.url()).get('sel')).toBeNull();
    await context.close();
  });

  it('reports a feature id that is not in the data and clears the selection', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:no-such-project' });
    await expect.poll(() => page.getByTestId('notices').textContent()).toContain('no-such-project');
    expect(await page.getByTestId('feature-details').isVisible()).toBe(false);
    await expect.poll(() => query(page.url()).get('sel')).toBeNull();
    expect(query(page.url()).get('lang')).toBe('en');
    expect(await page.getByTestId('feature-list-row').count()).toBeGreaterThan(0);
    // corrected in place: Back leaves the app instead of returning to the broken link
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await context.close();
  });
});

describe('accessibility of the search, list and details', () => {
  it('has no axe-core violations in the search box, list and detail panel', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=f:ftz-sc-tianfu-new-area&q=zone' });
    await openTab(page, 'list');
    await page.getByTestId('search').focus();
    await page.keyboard.press('ArrowDown');
    const { violations, passed } = await axeRun(page, { include: ['[data-testid="feature-list"]', '[data-testid="feature-details"]', '.search-box'], runOnly: ['wcag2a', 'wcag2aa'] });
    // the regions were found and checked (an empty selection would pass vacuously)
    expect(passed).toBeGreaterThan(5);
    expect(violations).toEqual([]);
    await context.close();
  });
});
