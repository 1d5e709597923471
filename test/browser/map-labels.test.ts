// What a reader sees of the map's names: seats, projects, corridors, counties from zoom 8 and rivers
// from zoom 9, in the chosen language, never overlapping each other or the map's controls. Boxes are
// measured from the drawn elements: a rotated name is the rectangle its text box turns into.
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './harness';
import { drawnLabels, expectNoOverlap, textsOf } from './support/drawn-labels';

const browser = useBrowser();

const SIZES = [
  { width: 1440, height: 900, touch: false },
  { width: 390, height: 844, touch: true },
] as const;

describe('names on the map', () => {
  for (const size of SIZES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`names seats (and on a desktop projects) at the default view without overlaps, ${size.width}×${size.height} ${lang}`, async () => {
        const { page, context } = await openApp(browser, { query: `?lang=${lang}`, viewport: size, touch: size.touch });
        // On a phone the regional view is full of symbols: the seats are named there, the projects
        // from closer in (the zoom-10 test below); a desktop names projects at once.
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, size.touch ? 'seat' : 'project').length).toBeGreaterThanOrEqual(size.touch ? 8 : 2);
        const drawn = await drawnLabels(page);
        expect(textsOf(drawn.labels, 'seat')).toContain(lang === 'zh' ? '成都市' : 'Chengdu');
        await expectNoOverlap(page);
        await context.close();
      });

      it(`names districts and counties at zoom 8 and 10, and projects around Chengdu, ${size.width}×${size.height} ${lang}`, async () => {
        const { page, context } = await openApp(browser, { query: `?lang=${lang}&v=30.66,104.06,8`, viewport: size, touch: size.touch });
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
        await expectNoOverlap(page);
        await page.goto(page.url().replace(/v=[^&]+/, 'v=30.62,104.06,10'));
        // the city's central districts, where the map used to be empty
        const central = lang === 'zh' ? ['锦江区', '青羊区', '金牛区', '武侯区', '成华区'] : ['Jinjiang District', 'Qingyang District', 'Jinniu District', 'Wuhou District', 'Chenghua District'];
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').filter((t) => central.includes(t)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
        const drawn = await drawnLabels(page);
        expect(textsOf(drawn.labels, 'project').length).toBeGreaterThanOrEqual(size.touch ? 2 : 5);
        await expectNoOverlap(page);
        await context.close();
      });
    }
  }

  it('names rivers along them from zoom 9, and corridors along their line', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&v=29.62,106.45,9' });
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'river')).toEqual(expect.arrayContaining(['长江']));
    const drawn = await drawnLabels(page);
    expect(textsOf(drawn.labels, 'corridor').length).toBeGreaterThan(0);
    await expectNoOverlap(page);
    await page.goto(page.url().replace(/v=[^&]+/, 'v=29.62,106.45,8'));
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(textsOf((await drawnLabels(page)).labels, 'river')).not.toContain('嘉陵江');
    await context.close();
  });

  it('follows the language switch: every name is redrawn in English', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'project').length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'seat')).toContain('Chengdu');
    const texts = (await drawnLabels(page)).labels.map((l) => l.text);
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
    await context.close();
  });
});
