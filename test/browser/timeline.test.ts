// The full app's timeline (Layers & filters tab): the slider shows the map as it stood in a year,
// writes it to the permalink without piling up history entries, and the Embed dialog carries it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnFeatureIds, listRowIds, openTab, useBrowser, openApp } from './harness';
import { featureProperties } from './feature-data';

const browser = useBrowser();

describe('timeline in the full app', () => {
  it('hides what was designated after the chosen year, keeps it in the URL, and the embed code plays from it', async () => {
    expect(featureProperties('western-science-city-chengdu').year).toBe(2021);
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    // on the map: drawn alone or counted in a cluster
    const science = { count: async () => ((await drawnFeatureIds(page)).includes('western-science-city-chengdu') ? 1 : 0) };
    expect(await science.count()).toBeGreaterThan(0);
    const historyBefore = await page.evaluate(() => history.length);
    const slider = page.getByTestId('timeline-year');
    await slider.focus();
    await slider.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2000');
    for (let step = 0; step < 20; step += 1) await slider.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2020');
    expect(await science.count()).toBe(0);
    // 21 steps, one history entry at most
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
    await slider.press('ArrowRight');
    await expect.poll(() => science.count()).toBeGreaterThan(0);

    await page.getByTestId('embed-open').click();
    await page.getByTestId('embed-option-play').check();
    const code = await page.getByTestId('embed-code').inputValue();
    const src = new URL(code.match(/<iframe src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('asof')).toBe('2021');
    expect(src.searchParams.get('play')).toBe('1');
    await page.keyboard.press('Escape');

    await page.getByTestId('timeline-all').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("counts only the area's projects under an area question: the shown number, the \"of N\" and the unknown years", async () => {
    // Chengdu (a prefecture): the map and the list show its projects only
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&qa=u:510100&asof=2015&tab=questions' });
    await page.getByTestId('q-count').waitFor({ timeout: 30_000 });
    await openTab(page, 'list');
    const listedIn2015 = (await listRowIds(page)).length;
    await openTab(page, 'layers');
    const in2015 = await timelineNumbers(page);
    expect(in2015.year).toBe(2015);
    expect(in2015.shown).toBe(listedIn2015);

    // every year: the list holds the area's projects, and the timeline's total and unknown years add up to them
    await page.getByTestId('timeline-all').click();
    await openTab(page, 'list');
    const inArea = (await listRowIds(page)).length;
    await openTab(page, 'layers');
    const always = await timelineNumbers(page);
    expect(inArea).toBeGreaterThan(listedIn2015);
    expect(always.total + always.unknown).toBe(inArea);
    // the year does not change the totals
    expect(always.total).toBe(in2015.total);
    expect(always.unknown).toBe(in2015.unknown);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The timeline's line "2015: 12 of 29 features" and "3 more with an unknown year…" as numbers. */
async function timelineNumbers(page: Page): Promise<{ year: number; shown: number; total: number; unknown: number }> {
  const line = (await page.getByTestId('timeline-counts').textContent()) ?? '';
  const match = /^(\d+): (\d+) of (\d+) features$/.exec(line);
  expect(match, line).not.toBeNull();
  const unknown = page.getByTestId('timeline-unknown');
  const unknownCount = (await unknown.isHidden()) ? 0 : Number(/^(\d+) more/.exec((await unknown.textContent()) ?? '')?.[1]);
  return { year: Number(match![1]), shown: Number(match![2]), total: Number(match![3]), unknown: unknownCount };
}
