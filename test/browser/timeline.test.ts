// The full app's timeline (Layers & filters tab): the slider shows the map as it stood in a year,
// writes it to the permalink without piling up history entries, and the Embed dialog carries it.
import { describe, expect, it } from 'vitest';
import { drawnFeatureIds, useBrowser, openApp } from './harness';
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
});
