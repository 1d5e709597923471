// The About view: what the map is and covers, what is missing, the caveat that the boundaries are not
// an approved map, the precision legend and the project's version, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './harness';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const browser = useBrowser();

describe('the About view', () => {
  it('opens from the header, says what the map covers and is not, and closes with Escape back to its button', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await page.getByRole('button', { name: '关于', exact: true }).click();
    const about = page.getByRole('dialog', { name: '关于本图' });
    await expect.poll(() => about.isVisible()).toBe(true);
    expect(await about.getByTestId('about-extent').textContent()).toContain('18.5万平方千米，2019年常住人口9600万');
    expect(await about.getByTestId('about-included').textContent()).toContain('共 104 个项目');
    expect(await about.getByTestId('about-included').textContent()).toContain('产业合作示范园区：16');
    expect(await about.getByTestId('about-demo-parks').textContent()).toContain('35个中已列出 23 个（第一批 18/20，第二批 5/15）');
    expect(await about.getByTestId('about-missing').textContent()).toContain('另外 12 个产业合作示范园区');
    expect(await about.getByTestId('about-missing').textContent()).toContain('雅安经济技术开发区');
    expect(await about.getByTestId('about-caveat').textContent()).toContain('没有审图号');
    expect(await about.getByTestId('about-precision').textContent()).toContain('区县驻地');
    expect(await about.getByTestId('about-version').textContent()).toBe(version);
    expect(await about.getByTestId('about-checked').textContent()).toMatch(/项目资料(最近核对于 \d{4}-\d{2}-\d{2}|的核对日期未知)。/);
    await page.keyboard.press('Escape');
    await expect.poll(() => about.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('about-open');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks English when the interface does', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.getByRole('button', { name: 'About', exact: true }).click();
    const about = page.getByRole('dialog', { name: 'About this map' });
    await expect.poll(() => about.getByTestId('about-extent').textContent()).toContain('185,000 km² and 96 million residents in 2019');
    expect(await about.getByTestId('about-demo-parks').textContent()).toContain('23 of 35 listed (first batch 18 of 20, second batch 5 of 15)');
    expect(await about.getByTestId('about-caveat').textContent()).toContain('not an approved map');
    expect(await about.getByTestId('about-included').textContent()).toContain('Industrial cooperation demonstration park: 16');
    await about.getByTestId('about-close').click();
    await expect.poll(() => about.isVisible()).toBe(false);
    await context.close();
  });
});
