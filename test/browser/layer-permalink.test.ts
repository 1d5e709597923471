// A permalink names the imported layers the map shows (my=). A colleague opening it in another
// browser (here another browser context: its own storage, as another profile) is told which layer
// their browser does not have, and sees the rest of the map as the link says.
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, openTab, query, settledUrl, waitForMapReady } from './harness';
import { dropFixture, layerNames } from './user-data-helpers';

const browser = useBrowser();

const NOTICE = {
  zh: '此链接包含导入图层“coloured-sites”，但本浏览器中没有这个图层',
  en: 'This link includes the imported layer “coloured-sites”, which this browser does not have',
};

describe('a permalink naming an imported layer', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`tells a reader without the layer which one is missing and keeps the rest of the link (${lang})`, async () => {
      const planner = await openApp(browser, { query: `?lang=${lang}` });
      await openTab(planner.page, 'mydata');
      await dropFixture(planner.page, 'coloured-sites.geojson');
      await expect.poll(() => layerNames(planner.page)).toEqual(['coloured-sites']);
      await expect.poll(async () => query(await settledUrl(planner.page)).get('my') ?? '').toMatch(/~coloured-sites$/);
      // the planner's link, with a view, a filter and a tab of its own
      const link = new URL(await settledUrl(planner.page));
      link.searchParams.set('v', '30.6,104.3,10');
      link.searchParams.set('tab', 'list');
      link.searchParams.set('city', '510100');

      // the planner's own browser has the layer: no notice, and the layer is drawn
      await planner.page.goto(link.toString());
      await planner.page.locator('path.user-feature').first().waitFor();
      expect(await planner.page.getByTestId('notices').textContent()).not.toContain('coloured-sites');

      const colleague = await openApp(browser, { query: link.search });
      await expect.poll(() => colleague.page.getByTestId('notices').textContent(), { timeout: 20_000 }).toContain(NOTICE[lang]);
      await waitForMapReady(colleague.page);
      expect(await colleague.page.locator('path.user-feature').count()).toBe(0);
      const opened = query(await settledUrl(colleague.page));
      expect(opened.get('v')).toBe('30.6,104.3,10');
      expect(opened.get('tab')).toBe('list');
      expect(opened.get('city')).toBe('510100');
      expect(await colleague.page.getByTestId('tab-list').getAttribute('aria-selected')).toBe('true');
      // the address still names the missing layer, so the link passed on says what it showed
      expect(opened.get('my')).toBe(query(link.toString()).get('my'));
      expect([...planner.errors, ...colleague.errors]).toEqual([]);
      await planner.context.close();
      await colleague.context.close();
    });
  }
});
