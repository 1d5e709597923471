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

  it('names a layer drawn on a canvas (1,500 points) only where few of its points are in view: none at the framed view, each name in a zoomed-in view', { timeout: 120_000 }, async () => {
    // six named probes on a small ring around a centre, every other point at least half a degree away
    const centre = { lon: 104.3, lat: 30.2 };
    const probes = Array.from({ length: 6 }, (_, i) => ({ name: `探针${i + 1}`, lon: centre.lon + 0.035 * Math.cos((i * Math.PI) / 3), lat: centre.lat + 0.025 * Math.sin((i * Math.PI) / 3) }));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const features = probes.map((p) => ({ type: 'Feature', properties: { 名称: p.name }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }));
    while (features.length < 1_500) {
      const [lon, lat] = [102.5 + random() * 5, 28.3 + random() * 4];
      if (Math.abs(lon - centre.lon) < 0.5 && Math.abs(lat - centre.lat) < 0.5) continue;
      features.push({ type: 'Feature', properties: { 名称: `点${features.length}` }, geometry: { type: 'Point', coordinates: [lon, lat] } });
    }
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    await page.setInputFiles('[data-testid="user-layers-file"]', { name: 'crowded.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) });
    await expect.poll(() => layerNames(page), { timeout: 60_000 }).toEqual(['crowded']);
    await expect.poll(() => page.locator('[data-testid="user-layer-canvas"]').count()).toBe(1);
    // framed on import: all 1,500 in view, too many to name
    await settledUrl(page);
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'seat').length).toBeGreaterThan(3);
    expect(textsOf((await drawnLabels(page)).labels, 'user')).toEqual([]);
    // zoomed in on the probes: only they are in view, and each is named beside its point
    await page.goto(`${page.url().split('?')[0]}?lang=zh&v=${centre.lat},${centre.lon},12&tab=mydata`);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('[data-testid="user-layer-canvas"]').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'user').sort(), { timeout: 20_000 }).toEqual(probes.map((p) => p.name).sort());
    await expectNoOverlap(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

