// The embed at the three frame sizes of issue 19's proof (320×480, 375×560, 768×500), inside a news
// page on another origin, with the app's strict CSP: at each size the newsroom's hostile headline
// and dek stay plain text, the theme is light by default, and the map shows clustered project
// symbols and place labels inside its box, the labels not overlapping. (Map share, stories, the
// timeline and the snippet are proven in embed-phone, embed-story, embed-timeline and embed-dialog.)
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useBrowser } from './harness';
import { openHostPage, useHostServer } from './embed-host';

const browser = useBrowser();
const host = useHostServer();

const hostile = {
  hed: '<img src=x onerror="document.body.dataset.pwned=1">成渝 parks',
  dek: '<script>document.body.dataset.pwned=1</script> & <b>more</b>',
};

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the map shows inside its own box: cluster symbols and their counts, and the label boxes. */
async function drawnInMap(frame: Frame): Promise<{ clusters: number[]; labels: { text: string; box: Box }[] }> {
  return frame.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1;
    const clusters = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-cluster]')]
      .filter((el) => inside(el.getBoundingClientRect()) && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => Number(el.textContent?.replace(/\D/g, '') || '0'));
    const labels = [...document.querySelectorAll<HTMLElement>('.seat-label:not([hidden]) .seat-text, .map-label .map-label__text')]
      .map((el) => ({ text: el.textContent ?? '', rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => inside(rect))
      .map(({ text, rect }) => ({ text, box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } }));
    return { clusters, labels };
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('embed at the proof sizes', () => {
  for (const viewport of [
    { width: 320, height: 480 },
    { width: 375, height: 560 },
    { width: 768, height: 500 },
  ]) {
    it(`${viewport.width}×${viewport.height}: hostile words as text, light by default, clusters and labels on the map`, async () => {
      const query = new URLSearchParams({ embed: '1', lang: 'zh', ...hostile }).toString();
      const { context, frame, errors } = await openHostPage(browser, host, { embedQuery: query, viewport, colorScheme: 'dark' });
      expect(await frame.getByTestId('embed-title').textContent()).toBe(hostile.hed);
      expect(await frame.getByTestId('embed-dek').textContent()).toBe(hostile.dek);
      expect(await frame.locator('.embed-head img, .embed-head script, .embed-head b').count()).toBe(0);
      expect(await frame.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
      // light although the reader's system is dark: a pale page behind dark text
      expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

      await expect.poll(async () => (await drawnInMap(frame)).clusters.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      const { clusters, labels } = await drawnInMap(frame);
      // a cluster stands for several projects and says how many
      expect(Math.max(...clusters)).toBeGreaterThanOrEqual(2);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels.map((l) => l.text)).toContain('成都市');
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.text}" × "${b.text}"`).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  // Chongqing's seat (in Yuzhong District, named for the municipality) lies under the cluster of the
  // city's projects; its name stands just clear of the disc rather than being left out.
  for (const [lang, chengdu, chongqing] of [
    ['en', 'Chengdu', 'Chongqing'],
    ['zh', '成都市', '重庆市'],
  ] as const) {
    it(`375×560 ${lang}: the names of both capitals, Chengdu and Chongqing, are on the map and not covered by a cluster`, async () => {
      const { context, frame } = await openHostPage(browser, host, { embedQuery: `embed=1&lang=${lang}`, viewport: { width: 375, height: 560 }, touch: true });
      await expect.poll(async () => (await drawnInMap(frame)).clusters.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      const { labels } = await drawnInMap(frame);
      for (const name of [chengdu, chongqing]) {
        const label = labels.find((l) => l.text === name);
        expect(label, `${name} among ${labels.map((l) => l.text).join(', ')}`).toBeDefined();
        // no cluster disc (the circle filling its symbol's box) reaches into the name's box
        const discs = await frame.evaluate(() =>
          [...document.querySelectorAll('.leaflet-marker-icon[data-cluster]')].map((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2, radius: r.width / 2 };
          }),
        );
        const { left, top, right, bottom } = label!.box;
        for (const disc of discs) {
          const dx = Math.max(left - disc.x, 0, disc.x - right);
          const dy = Math.max(top - disc.y, 0, disc.y - bottom);
          expect(Math.hypot(dx, dy), `${name} under the cluster at ${Math.round(disc.x)},${Math.round(disc.y)}`).toBeGreaterThanOrEqual(disc.radius - 1);
        }
        // and it reads as the seat's name: beside the cluster over the seat, not beside a neighbouring one
        const dot = await frame.evaluate((text) => {
          const seat = [...document.querySelectorAll('.seat-label:not([hidden])')].find((el) => el.querySelector('.seat-text')?.textContent === text);
          const r = seat?.querySelector('.seat-dot')?.getBoundingClientRect();
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        }, name);
        expect(dot, `${name}'s seat dot`).not.toBeNull();
        const gap = Math.hypot(Math.max(left - dot!.x, 0, dot!.x - right), Math.max(top - dot!.y, 0, dot!.y - bottom));
        expect(gap, `${name} is ${Math.round(gap)} px from its seat`).toBeLessThanOrEqual(45);
      }
      await context.close();
    });
  }
});
