// Point clusters as a user meets them: at the default view no two point symbols overlap by more than
// half, every shown project is on the map (alone or counted in a cluster), a cluster opens to its
// members by click and by keyboard, a stack of projects at one spot spreads out so each can be
// picked, and the clusters follow the filters and the timeline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnFeatureIds, useBrowser, openApp, pointSymbolBoxes, REFERENCE_SIZES } from './harness';
import { zoomOf } from './support/map-state';

const served = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/features.json', import.meta.url)), 'utf8')) as {
  features: { id: string; geometry: { type: string; coordinates: number[] }; properties: { category: string; year: number | null; co_located: string | null } }[];
};
const points = served.features.filter((f) => f.geometry.type === 'Point');
const pointIds = points.map((f) => f.id).sort();
// four records share the Fucheng district seat of Mianyang (co_located "fucheng-seat")
const stack = points.filter((f) => f.properties.co_located === 'fucheng-seat');
const [stackLon, stackLat] = stack[0]!.geometry.coordinates as [number, number];

const browser = useBrowser();

/** the larger share of the smaller box that another box covers, over every pair */
function worstOverlap(boxes: { id: string; x: number; y: number; width: number; height: number }[]): { share: number; pair: string } {
  let worst = { share: 0, pair: '' };
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w <= 0 || h <= 0) continue;
      const share = (w * h) / Math.min(a.width * a.height, b.width * b.height);
      if (share > worst.share) worst = { share, pair: `${a.id} / ${b.id}` };
    }
  }
  return worst;
}

const drawnPoints = async (page: Page) => (await drawnFeatureIds(page)).filter((id) => pointIds.includes(id));
const clusters = (page: Page) => page.locator('#map .leaflet-marker-icon[data-cluster]');

describe('the default view', () => {
  for (const size of REFERENCE_SIZES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${size.name} ${lang}: point symbols overlap by at most half, every shown project is drawn, clusters say what they hold`, async () => {
        const { page, context, errors } = await openApp(browser, { query: `?lang=${lang}`, viewport: size, touch: size.width <= 640 });
        await expect.poll(() => drawnPoints(page)).toEqual(pointIds);
        const boxes = await pointSymbolBoxes(page);
        expect(boxes.length).toBeGreaterThan(5);
        const worst = worstOverlap(boxes);
        expect(worst.share, worst.pair).toBeLessThanOrEqual(0.5);
        // the Chengdu and Chongqing piles are clusters: each a button named by its count and split
        expect(await clusters(page).count()).toBeGreaterThan(0);
        for (const cluster of await clusters(page).all()) {
          const members = (await cluster.getAttribute('data-cluster-members'))!.split(' ');
          expect(members.length).toBeGreaterThan(1);
          expect(await cluster.getAttribute('role')).toBe('button');
          const label = (await cluster.getAttribute('aria-label'))!;
          expect(label).toMatch(lang === 'zh' ? new RegExp(`^${members.length} 个项目`) : new RegExp(`^${members.length} projects`));
          expect(await cluster.locator('text').textContent()).toBe(String(members.length));
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('opening a cluster', () => {
  it('a click zooms to its members, which then stand apart or in smaller clusters', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.2,105.3,7' });
    const biggest = await clusters(page).evaluateAll((all) =>
      all.map((e) => e.getAttribute('data-cluster-members')!.split(' ')).sort((a, b) => b.length - a.length)[0]!,
    );
    const before = zoomOf(page.url());
    const target = page.locator(`#map [data-cluster-members="${biggest.join(' ')}"]`);
    await target.click();
    await expect.poll(() => zoomOf(page.url())).toBeGreaterThan(before);
    // every member is still on the map, and none is in a cluster as big as the one clicked
    const largest = () => clusters(page).evaluateAll((all) => Math.max(0, ...all.map((e) => e.getAttribute('data-cluster-members')!.split(' ').length)));
    await expect.poll(largest).toBeLessThan(biggest.length);
    const drawn = await drawnFeatureIds(page);
    for (const id of biggest) expect(drawn).toContain(id);
    await context.close();
  });

  it('Enter on a cluster zooms in and puts the focus on its first member', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&v=30.2,105.3,7' });
    const cluster = clusters(page).first();
    const first = (await cluster.getAttribute('data-cluster-members'))!.split(' ')[0]!;
    const before = zoomOf(page.url());
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => zoomOf(page.url())).toBeGreaterThan(before);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          return active?.getAttribute('data-feature-id') ?? active?.getAttribute('data-cluster-members') ?? null;
        }),
      )
      .toMatch(new RegExp(`(^| )${first}( |$)`));
    await context.close();
  });
});

describe('a stack of projects at one spot', () => {
  const query = `?lang=en&v=${stackLat},${stackLon},13`;

  it('is one cluster even at the closest zoom; a click spreads it so each project can be picked', async () => {
    const { page, context } = await openApp(browser, { query });
    const pile = page.locator(`#map [data-cluster-stacked="true"][data-cluster-members~="${stack[0]!.id}"]`);
    await expect.poll(() => pile.count()).toBe(1);
    expect((await pile.getAttribute('data-cluster-members'))!.split(' ').sort()).toEqual(stack.map((f) => f.id).sort());
    expect(await pile.getAttribute('aria-label')).toMatch(/^4 projects at the same place/);
    await pile.click();
    await expect.poll(() => pile.count()).toBe(0);
    const spread = await pointSymbolBoxes(page);
    for (const f of stack) expect(spread.map((b) => b.id)).toContain(f.id);
    expect(worstOverlap(spread.filter((b) => stack.some((f) => f.id === b.id))).share).toBe(0);
    const pick = stack[2]!;
    await page.locator(`#map .leaflet-marker-icon[data-feature-id="${pick.id}"]`).click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('sel'))).toBe(`f:${pick.id}`);
    // the others stay spread while the details are open
    for (const f of stack) await expect.poll(() => page.locator(`#map .leaflet-marker-icon[data-feature-id="${f.id}"]`).count()).toBe(1);
    await context.close();
  });

  it('spread out, its projects are clear of every name on the map', async () => {
    // one zoom step out, where the county and seat names around Fucheng crowd the spread ring
    const { page, context } = await openApp(browser, { query: `?lang=zh&v=${stackLat},${stackLon},12` });
    const pile = page.locator(`#map [data-cluster-stacked="true"][data-cluster-members~="${stack[0]!.id}"]`);
    await pile.click();
    await expect.poll(() => pile.count()).toBe(0);
    // each member's drawn shape: about 0.72 of its icon box (the rest is the dashed halo's margin)
    const members = (await pointSymbolBoxes(page))
      .filter((b) => stack.some((f) => f.id === b.id))
      .map((b) => ({ x: b.x + 0.14 * b.width, y: b.y + 0.14 * b.height, width: 0.72 * b.width, height: 0.72 * b.height }));
    expect(members).toHaveLength(stack.length);
    const covered = async () => {
      const names = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.seat-label:not([hidden]) .seat-text, .map-label .map-label__text')].map((e) => {
          const box = e.getBoundingClientRect();
          return { text: e.textContent ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      );
      const apart = (a0: number, a1: number, b0: number, b1: number) => a1 <= b0 + 0.5 || b1 <= a0 + 0.5;
      return names.filter((n) => members.some((m) => !apart(n.x, n.x + n.width, m.x, m.x + m.width) && !apart(n.y, n.y + n.height, m.y, m.y + m.height))).map((n) => n.text);
    };
    await expect.poll(covered).toEqual([]);
    await context.close();
  });

  it('opens with Enter, each project is a focusable button, Escape folds it back onto the cluster', async () => {
    const { page, context } = await openApp(browser, { query });
    const pile = page.locator(`#map [data-cluster-stacked="true"][data-cluster-members~="${stack[0]!.id}"]`);
    await pile.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-feature-id') ?? null)).toBe(stack[0]!.id);
    for (const f of stack) expect(await page.locator(`#map .leaflet-marker-icon[data-feature-id="${f.id}"]`).getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Escape');
    await expect.poll(() => pile.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cluster-stacked') ?? null)).toBe('true');
    await context.close();
  });
});

describe('clusters follow the shown set', () => {
  it('hiding a category takes its projects out of every cluster; the timeline does the same by year', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&hide=industrial_park' });
    const expected = points.filter((f) => f.properties.category !== 'industrial_park').map((f) => f.id).sort();
    await expect.poll(() => drawnPoints(page)).toEqual(expected);
    await page.goto(page.url().replace('hide=industrial_park', 'asof=2012'));
    await page.waitForSelector('body[data-ready="true"]');
    const byYear = points.filter((f) => f.properties.year !== null && f.properties.year <= 2012).map((f) => f.id).sort();
    await expect.poll(() => drawnPoints(page)).toEqual(byYear);
    await context.close();
  });
});

describe('the legend', () => {
  it('shows the cluster symbol, with and without the dashed ring, in the panel and in the embed', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    const key = page.getByTestId('legend-key');
    expect(await key.locator('svg.cluster-symbol').count()).toBe(2);
    expect(await key.locator('svg.cluster-symbol circle[stroke-dasharray="3 2.5"][fill="none"]').count()).toBe(1);
    await expect.poll(() => key.textContent()).toContain('Number in a circle');
    await page.goto(page.url().split('?')[0] + '?lang=zh&embed=1&legend=open');
    await page.waitForSelector('body[data-ready="true"]');
    const row = page.getByTestId('embed-legend-cluster');
    expect(await row.locator('svg.cluster-symbol').count()).toBe(1);
    expect(await row.textContent()).toContain('数字圆圈');
    await context.close();
  });
});
