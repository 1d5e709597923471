// An imported layer's features named on the map like the built-in ones: a small point file with a
// 名称 column is imported, the map frames it (zoomed in past zoom 8), and each name stands beside its
// point, overlapping no other name, no control and no imported marker. At the regional view, where
// only national and joint projects are named, the imported points are not.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, openTab, settledUrl, query } from './harness';
import { dropFixture, layerNames } from './user-data-helpers';
import { drawnLabels, expectNoOverlap, overlap, textsOf } from './support/drawn-labels';

const browser = useBrowser();

const NAMES = ['测试点甲', '测试点乙', '测试点丙', '测试点丁'];

/** The screen boxes of the imported layer's point markers. */
const markerBoxes = (page: Page): Promise<[number, number][][]> =>
  page.locator('path.user-feature').evaluateAll((paths) =>
    paths.map((path) => {
      const r = path.getBoundingClientRect();
      return [[r.left, r.top], [r.right, r.top], [r.right, r.bottom], [r.left, r.bottom]] as [number, number][];
    }),
  );

describe('names of an imported layer on the map', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`names the imported points once the map is zoomed in to them, clear of every other name and marker (${lang})`, async () => {
      const { page, context, errors } = await openApp(browser, { query: `?lang=${lang}` });
      await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'seat').length).toBeGreaterThan(3);
      await openTab(page, 'mydata');
      await dropFixture(page, 'named-points.csv');
      await expect.poll(() => layerNames(page)).toEqual(['named-points']);
      // the import frames the layer: four points within about 25 km, so well past zoom 8
      const zoom = Number((query(await settledUrl(page)).get('v') ?? '').split(',')[2]);
      expect(zoom).toBeGreaterThanOrEqual(9);
      await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'user').sort(), { timeout: 10_000 }).toEqual([...NAMES].sort());
      await expectNoOverlap(page);
      const { labels } = await drawnLabels(page);
      const markers = await markerBoxes(page);
      expect(markers).toHaveLength(4);
      const covered = labels.flatMap((label) => markers.filter((marker) => overlap(label.corners, marker)).map(() => label.text));
      expect(covered).toEqual([]);
      // each name is beside its own point: its nearest marker is within a name's width
      for (const label of labels.filter((l) => l.kind === 'user')) {
        const [cx, cy] = [label.corners.reduce((s, c) => s + c[0], 0) / 4, label.corners.reduce((s, c) => s + c[1], 0) / 4];
        const nearest = Math.min(...markers.map((m) => Math.hypot((m[0]![0] + m[2]![0]) / 2 - cx, (m[0]![1] + m[2]![1]) / 2 - cy)));
        expect(nearest).toBeLessThan(60);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('does not name them at the regional view (zoom 7), as it names no provincial project there', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await dropFixture(page, 'named-points.csv');
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'user').length, { timeout: 10_000 }).toBe(4);
    await page.goto(`${page.url().split('?')[0]}?lang=zh&v=30.6,104.3,7&tab=mydata`);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('path.user-feature').count()).toBe(4);
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'seat').length).toBeGreaterThan(3);
    expect(textsOf((await drawnLabels(page)).labels, 'user')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
