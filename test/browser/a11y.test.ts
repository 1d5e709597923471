// Accessibility: axe-core finds no serious or critical violation in the full app, its Embed dialog
// or the embed; every control is reachable with Tab and shows a visible focus ring.
// axe is evaluated through the DevTools protocol (page.evaluate), which the page's CSP does not
// govern; a <script> tag with its source would be inline code and blocked by script-src 'self'.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp } from './harness';
import { seriousViolations } from './support/axe';

const browser = useBrowser();

interface FocusStop {
  label: string;
  outline: boolean;
}

/** Presses Tab up to `max` times and records what got focus and whether its focus ring is visible. */
async function tabThrough(page: Page, max: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active || active === document.body) return null;
      const style = getComputedStyle(active);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      // Feature outlines on the map show focus with a thicker stroke instead of an outline.
      const strokeRing = active instanceof SVGElement && parseFloat(style.strokeWidth) >= 4;
      const label = active.getAttribute('data-testid') ?? active.getAttribute('aria-label') ?? `${active.tagName.toLowerCase()}:${(active.textContent ?? '').trim().slice(0, 30)}`;
      return { label, outline: outline || strokeRing || style.boxShadow !== 'none' };
    });
    if (stop === null) break;
    if (stops.some((s) => s.label === stop.label) && stops[0]?.label === stop.label) break;
    stops.push(stop);
  }
  return stops;
}

describe('axe-core', () => {
  it('finds no serious or critical violation in the full app', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('finds none in the Embed dialog', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await page.getByTestId('embed-open').click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  for (const query of ['?embed=1&lang=en&legend=open', '?embed=1&lang=zh&theme=dark&legend=open']) {
    it(`finds none in the embed (${query})`, async () => {
      const { page, context } = await openApp(browser, { query, viewport: { width: 640, height: 800 } });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('keyboard', () => {
  it('reaches the full app controls with Tab, each with a visible focus ring', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const stops = await tabThrough(page, 40);
    const labels = stops.map((s) => s.label);
    expect(labels).toContain('embed-open');
    expect(labels).toContain('map');
    expect(stops.filter((s) => !s.outline)).toEqual([]);
    await context.close();
  });

  it('reaches the embed link, legend, map and zoom buttons with Tab, each with a visible focus ring', async () => {
    const { page, context } = await openApp(browser, { query: '?embed=1&lang=en', viewport: { width: 640, height: 800 } });
    const stops = await tabThrough(page, 200);
    const labels = stops.map((s) => s.label);
    // The map is one stop (its features are reached with the arrow keys), right after the link;
    // the legend beside the map follows its controls.
    expect(labels.slice(0, 3)).toEqual(['embed-full-link', 'map', 'Zoom in']);
    expect(labels).toContain('summary:Legend');
    expect(labels).toContain('Zoom in');
    expect(stops.filter((s) => !s.outline)).toEqual([]);
    // The legend opens and closes from the keyboard.
    const legendOpen = () => page.locator('[data-testid="embed-legend"]').evaluate((d) => (d as HTMLDetailsElement).open);
    const wasOpen = await legendOpen();
    await page.locator('[data-testid="embed-legend"] summary').focus();
    await page.keyboard.press('Enter');
    expect(await legendOpen()).toBe(!wasOpen);
    await page.keyboard.press('Space');
    expect(await legendOpen()).toBe(wasOpen);
    // The map zooms from the keyboard.
    const width = () => page.evaluate(() => document.querySelector('path[data-adcode="510100"]')!.getBoundingClientRect().width);
    const before = await width();
    await page.getByTestId('map').focus();
    await page.keyboard.press('Equal');
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await context.close();
  });
});
