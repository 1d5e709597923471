// The page a user meets first, at the three reference sizes: the stylesheets are all there, the details
// of a long record can be read to the end, the charts open styled, Reset clears every field, the link
// can be copied, hover outlines a unit; on a phone the map keeps most of the screen, taps find the
// nearest symbol, every touch target is at least 44 px and the sheet never covers the selection.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, openTab, REFERENCE_SIZES, useBrowser } from './harness';
import { allFeatureProperties } from './feature-data';

const browser = useBrowser();

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

/** Every single selector of the loaded stylesheets, as the browser writes them. */
const loadedSelectors = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) out.push(rule.selectorText);
        if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return out;
  });

/** The selectors of a source stylesheet, parsed by the same browser so both sides are written alike. */
const sourceSelectors = (page: Page, css: string) =>
  page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const out: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) out.push(rule.selectorText);
        if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
      }
    };
    walk(sheet.cssRules);
    return out;
  }, css);

// "a, b" lists may be merged or split by the minifier: compare single selectors
const single = (list: string[]) => new Set(list.flatMap((s) => s.split(/,(?![^(]*\))/).map((part) => part.trim())));

describe('stylesheets', () => {
  it('every stylesheet under src/ is loaded by the production build where its part is shown', async () => {
    // the full app with the charts, the About view and the Export dialog open (their stylesheets come
    // with their chunks), and the embed
    const app = await openApp(browser, { query: '?lang=en&tab=charts' });
    await app.page.locator('[data-chart="timeline"] svg').first().waitFor();
    // the About view's stylesheet comes with its content, fetched when the view opens
    await app.page.getByTestId('about-open').click();
    await app.page.getByTestId('about-extent').waitFor();
    // My data's project-file controls bring their stylesheet when the tab is first opened
    await app.page.keyboard.press('Escape');
    await openTab(app.page, 'mydata');
    await app.page.locator('.project-file-panel').waitFor();
    // the Export dialog's stylesheet comes with its content, on the first click of Export
    await app.page.getByTestId('export-open').click();
    await app.page.getByTestId('export-download').waitFor();
    await app.page.keyboard.press('Escape');
    const embed = await openApp(browser, { query: '?lang=en&embed=1' });
    const loaded = single([...(await loadedSelectors(app.page)), ...(await loadedSelectors(embed.page))]);
    const files = cssFiles(join(process.cwd(), 'src'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const selectors = [...single(await sourceSelectors(app.page, readFileSync(file, 'utf8')))];
      const present = selectors.filter((selector) => loaded.has(selector));
      expect(present.length / selectors.length, `${file}: ${selectors.filter((s) => !loaded.has(s)).slice(0, 5).join(' | ')}`).toBeGreaterThan(0.9);
    }
    await app.context.close();
    await embed.context.close();
  });
});

// The record whose details are longest: its description, notes and sources must all be readable.
const longest = [...allFeatureProperties].sort(
  (a, b) => JSON.stringify([b.description_en, b.notes, b.sources]).length - JSON.stringify([a.description_en, a.notes, a.sources]).length,
)[0]!;

describe.each(REFERENCE_SIZES)('at $width×$height', (size) => {
  const viewport = { width: size.width, height: size.height };
  const touch = size.width <= 640;

  it.each(['zh', 'en'] as const)('the details of the longest record can be read to the end (%s)', async (lang) => {
    const { page, context } = await openApp(browser, { viewport, touch, query: `?lang=${lang}&sel=f:${longest.id}` });
    const area = page.getByTestId('panel-details');
    const box = await area.boundingBox();
    if (!box) throw new Error('no details area');
    // not squeezed: at least a third of the screen on desktops; on a phone the sheet leaves 55% to
    // the map, and the details get most of the sheet
    expect(box.height).toBeGreaterThan(size.height * (touch ? 0.15 : 0.33));
    // the last source is reached by scrolling the details area itself, and then lies inside it
    const lastSource = page.getByTestId('feature-details').locator('.feature-sources li').last();
    await area.evaluate((element) => (element.scrollTop = element.scrollHeight));
    const sourceBox = await lastSource.boundingBox();
    const areaBox = await area.boundingBox();
    if (!sourceBox || !areaBox) throw new Error('no source line');
    expect(sourceBox.y).toBeGreaterThanOrEqual(areaBox.y - 1);
    expect(sourceBox.y + sourceBox.height).toBeLessThanOrEqual(areaBox.y + areaBox.height + 1);
    // and the tabs below keep room of their own
    const tabs = await page.getByTestId('panel-tabs').boundingBox();
    expect(tabs && tabs.y >= areaBox.y + areaBox.height - 1).toBe(true);
    await context.close();
  });

  it.each(['zh', 'en'] as const)('the default view frames the planning area (%s)', async (lang) => {
    const { page, context } = await openApp(browser, { viewport, touch, query: `?lang=${lang}` });
    const area = await page.locator('path[data-feature-id="ccec-planning-area"]').boundingBox();
    const map = await page.getByTestId('map').boundingBox();
    const panel = await page.getByTestId('panels').boundingBox();
    if (!area || !map || !panel) throw new Error('no planning area, map or panel');
    // the part of the map no panel covers: the docked column is beside it; a phone's folded sheet is over it
    const coveredBelow = touch ? Math.max(0, map.y + map.height - panel.y) : 0;
    const width = map.width;
    const height = map.height - coveredBelow;
    const share = Math.max(area.width / width, area.height / height);
    expect(share).toBeGreaterThanOrEqual(touch ? 0.8 : 0.7);
    // all of it in view, and the provinces' western part too (Garzê's seat, Kangding, at 101.96° E)
    expect(area.x).toBeGreaterThanOrEqual(map.x - 1);
    expect(area.x + area.width).toBeLessThanOrEqual(map.x + width + 1);
    if (!touch) expect(await page.locator('.seat-label:not([hidden])', { hasText: lang === 'zh' ? '甘孜' : 'Garzê' }).count()).toBe(1);
    await context.close();
  });

  it('the Charts tab opens with its charts drawn and styled, and the pickers fit their panel', async () => {
    const { page, context } = await openApp(browser, { viewport, touch, query: '?lang=en&tab=charts' });
    await page.locator('[data-chart="cities"] svg').first().waitFor();
    // charts.css: the title is bold and the unknown bar hollow and dashed
    expect(await page.locator('.chart__title').first().evaluate((e) => getComputedStyle(e).fontWeight)).toBe('600');
    expect(await page.locator('.chart__legend').first().evaluate((e) => getComputedStyle(e).display)).toBe('flex');
    await openTab(page, 'questions');
    const panel = await page.getByTestId('tabpanel-questions').boundingBox();
    if (!panel) throw new Error('no questions panel');
    for (const select of await page.getByTestId('tabpanel-questions').locator('select').all()) {
      const box = await select.boundingBox();
      if (!box) continue;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
    }
    await context.close();
  });
});

describe('locator inset', () => {
  it('shows China with the two provinces marked inside it, and hides and comes back', async () => {
    const { page, context, foreignRequests } = await openApp(browser, { query: '?lang=en' });
    const locator = page.getByTestId('locator');
    const country = locator.locator('path[data-locator="country"]');
    const provinces = locator.locator('path[data-locator="provinces"]');
    await country.waitFor();
    const c = await country.boundingBox();
    const p = await provinces.boundingBox();
    if (!c || !p) throw new Error('locator shapes missing');
    // the provinces are a small part of China, in its south-west quarter to centre
    expect(p.width * p.height).toBeLessThan(0.1 * c.width * c.height);
    expect(p.x).toBeGreaterThan(c.x + c.width * 0.3);
    expect(p.x + p.width).toBeLessThan(c.x + c.width * 0.8);
    expect(p.y).toBeGreaterThan(c.y + c.height * 0.4);
    expect(await locator.locator('svg').getAttribute('aria-label')).toBe('Locator: Sichuan and Chongqing within China');
    const toggle = page.getByTestId('locator-toggle');
    await toggle.click();
    expect(await country.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await country.isVisible()).toBe(true);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('starts folded to its button on a phone, where it would cover a fifth of the map, and opens on tap', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en', viewport: { width: 390, height: 844 }, touch: true });
    const toggle = page.getByTestId('locator-toggle');
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toBe('Locator');
    const country = page.getByTestId('locator').locator('path[data-locator="country"]');
    expect(await country.isVisible()).toBe(false);
    await toggle.tap();
    expect(await country.isVisible()).toBe(true);
    await context.close();
  });
});

describe('panel controls', () => {
  it('Reset clears every filter field, the prefecture search text included', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&lvl=national' });
    const search = page.getByTestId('filter-city-search');
    await search.fill('chengdu');
    await expect.poll(() => page.locator('[data-testid="filter-city"] label:not([hidden])').count()).toBe(1);
    await page.getByTestId('filter-reset').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lvl')).toBeNull();
    expect(await search.inputValue()).toBe('');
    expect(await page.locator('[data-testid="filter-city"] label:not([hidden])').count()).toBe(59);
    await context.close();
  });

  it('Copy link puts the permalink on the clipboard and says so', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&sel=u:510100&tab=list' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('sel')).toBe('u:510100');
    await context.close();
  });

  it('hover outlines a unit without filling it', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const aba = page.locator('path[data-adcode="513200"]');
    const fillBefore = await aba.getAttribute('fill');
    const opacityBefore = await aba.getAttribute('fill-opacity');
    await aba.hover();
    await expect.poll(() => aba.getAttribute('stroke-width')).toBe('2');
    expect(await aba.getAttribute('fill')).toBe(fillBefore);
    expect(await aba.getAttribute('fill-opacity')).toBe(opacityBefore);
    await context.close();
  });
});

describe('on a phone (390×844)', () => {
  const viewport = { width: 390, height: 844 };

  it('the map keeps at least 55% of the screen height with the sheet open', async () => {
    const { page, context } = await openApp(browser, { viewport, touch: true, query: '?lang=zh&tab=list' });
    const map = await page.getByTestId('map').boundingBox();
    const sheet = await page.getByTestId('panels').boundingBox();
    if (!map || !sheet) throw new Error('no map or sheet');
    expect(await page.getByTestId('sheet-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(Math.min(map.y + map.height, sheet.y) - map.y).toBeGreaterThanOrEqual(0.55 * viewport.height);
    await context.close();
  });

  it('the header reads title first: About sits after the title on its row, neither covering the other', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context } = await openApp(browser, { viewport, touch: true, query: `?lang=${lang}` });
      const title = (await page.locator('.app-title').boundingBox())!;
      const about = (await page.getByTestId('about-open').boundingBox())!;
      expect(title.x, lang).toBeLessThan(about.x);
      expect(title.x + title.width, lang).toBeLessThanOrEqual(about.x + 0.5);
      // the same row: their vertical middles within a few pixels
      expect(Math.abs(title.y + title.height / 2 - (about.y + about.height / 2)), lang).toBeLessThan(4);
      expect(about.x + about.width, lang).toBeLessThanOrEqual(viewport.width);
      await context.close();
    }
  });

  it('every touch target of the header, the sheet and the map controls is at least 44 px', async () => {
    for (const tab of ['layers', 'list'] as const) {
      const { page, context } = await openApp(browser, { viewport, touch: true, query: `?lang=en&tab=${tab}` });
      const small = await page.evaluate(() => {
        const targets = document.querySelectorAll<HTMLElement>(
          'header :is(button, input, select), [data-testid="panels"] :is(button, select, input:not([type="checkbox"]):not([type="radio"]), label:has(> input[type="checkbox"]), tbody tr[tabindex]), .leaflet-control a',
        );
        return [...targets]
          .filter((e) => e.getClientRects().length > 0 && !e.closest('[hidden]'))
          .map((e) => ({ what: `${e.tagName}.${e.className} ${e.textContent?.slice(0, 20) ?? ''}`, box: e.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
          .map(({ what, box }) => `${what} ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
      expect(small, tab).toEqual([]);
      await context.close();
    }
  });

  it('a tap beside a point symbol picks it, and the opened sheet does not cover it', async () => {
    // an exactly placed airport near the bottom of the map, 80 px from any other symbol at zoom 10
    const airport = allFeatureProperties.find((p) => p.id === 'airport-chengdu-shuangliu')!;
    const [lon, lat] = airport.anchor;
    const { page, context } = await openApp(browser, { viewport, touch: true, query: `?lang=en&v=${(lat + 0.28).toFixed(4)},${lon},10` });
    const marker = page.locator(`.leaflet-marker-icon[data-feature-id="${airport.id}"]`);
    const box = await marker.boundingBox();
    if (!box) throw new Error('no marker');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // 30 px away: too far, nothing of the airport is picked
    await page.touchscreen.tap(centre.x + 30, centre.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).not.toBe(`f:${airport.id}`);
    await page.keyboard.press('Escape');
    // the unit picked by that tap opened the sheet: fold it back, the marker is where it was
    if ((await page.getByTestId('sheet-toggle').getAttribute('aria-expanded')) === 'true') await page.getByTestId('sheet-toggle').tap();
    expect(await marker.boundingBox()).toEqual(box);
    // 18 px away, off the symbol itself: the airport
    expect(box.width / 2).toBeLessThan(18);
    await page.touchscreen.tap(centre.x + 18, centre.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`f:${airport.id}`);
    await expect.poll(() => page.getByTestId('sheet-toggle').getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(async () => {
        const now = await marker.boundingBox();
        const sheet = await page.getByTestId('panels').boundingBox();
        return now && sheet ? now.y + now.height <= sheet.y : false;
      })
      .toBe(true);
    await context.close();
  });
});
