// The optional tile basemap: off in the default build (nothing from another origin), and with the
// deployer's setting on, tiles from another origin drawn beneath the boundaries and the features,
// allowed by the policy for that origin only. The tiles come from a small server started here (a
// second origin: another port), serving the PNG fixture for every tile address; the app is a copy of
// dist/ whose data/manifest.json carries the setting, exactly what `VITE_BASEMAP_URL=… npm run build`
// writes there (test/data-build/manifest.test.ts), so no second build is needed (only its
// compressed copies are written again).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { appURL, openApp, useBrowser } from './harness';
import { perFile } from './support/per-file';
import { useServedCopy } from './support/served-copy';

const TILE = readFileSync(new URL('../fixtures/tiles/tile.png', import.meta.url));
const ATTRIBUTION = 'Test tiles © fixture';
const tileRequests: string[] = [];

/** The tile server, another origin: the PNG fixture for every tile address. */
async function startTileServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    tileRequests.push(req.url ?? '');
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) res.writeHead(200, { 'Content-Type': 'image/png' }).end(TILE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const tileServer = perFile('tile server', startTileServer, (server) => server.close());
const tiled = useServedCopy('tiles', (data) => {
  const manifestFile = join(data, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  manifest.basemap = { url: `${tileServer.origin}/tiles/{z}/{x}/{y}.png`, attribution: ATTRIBUTION, subdomains: '' };
  writeFileSync(manifestFile, JSON.stringify(manifest));
});
const browser = useBrowser();

/** The colour of the page at a point, from a screenshot. */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

/** A point inside Ngawa (阿坝州), a large unit with no project over its middle. */
async function insideNgawa(page: Page): Promise<[number, number]> {
  const box = (await page.locator('path[data-adcode="513200"]').boundingBox())!;
  return [box.x + box.width * 0.45, box.y + box.height * 0.45];
}

describe('optional tile basemap', () => {
  it('is off by default: no tile pane, nothing requested from another origin, the strict policy unchanged', async () => {
    const policy = (await fetch(appURL())).headers.get('content-security-policy');
    expect(policy).toContain("img-src 'self' data: blob:;");
    const { page, context, foreignRequests, errors } = await openApp(browser);
    expect(await page.locator('.leaflet-basemap-tiles-pane').count()).toBe(0);
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    // the land is the plain land colour
    const [r, g, b] = await pixel(page, ...(await insideNgawa(page)));
    expect(Math.min(r, g, b)).toBeGreaterThan(225);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws the deployer's tiles beneath the boundaries and features, names them, and keeps the features clickable", async () => {
    const policy = (await fetch(tiled.url)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`img-src 'self' data: blob: ${tileServer.origin};`);
    expect(policy).toContain("connect-src 'self';");
    const { page, context, foreignRequests, errors } = await openApp(browser, { appURL: tiled.url, query: '?lang=en' });
    const tiles = page.locator('.leaflet-basemap-tiles-pane img.leaflet-tile-loaded');
    await expect.poll(() => tiles.count()).toBeGreaterThan(0);
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(foreignRequests.length).toBeGreaterThan(0);
    expect(foreignRequests.every((url) => url.startsWith(`${tileServer.origin}/tiles/`))).toBe(true);
    // the tile pane stacks below the units, the features and the labels
    const z = (selector: string) => page.locator(selector).evaluate((pane) => Number(getComputedStyle(pane).zIndex));
    const tileZ = await z('.leaflet-basemap-tiles-pane');
    for (const pane of ['.leaflet-neighbours-pane', '.leaflet-units-pane', '.leaflet-feature-areas-pane', '.leaflet-feature-lines-pane', '.leaflet-feature-points-pane', '.leaflet-seat-labels-pane']) expect(tileZ, pane).toBeLessThan(await z(pane));
    // the tile's magenta shows through the land, which is translucent now
    const [r, g, b] = await pixel(page, ...(await insideNgawa(page)));
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(150);
    expect(b).toBeGreaterThan(170);
    await expect.poll(() => page.getByTestId('attribution').textContent()).toContain(`Basemap tiles: ${ATTRIBUTION}`);
    // a project on top of the tiles still takes the click
    const marker = page.locator('.leaflet-feature-points-pane .leaflet-marker-icon[data-feature-id]').first();
    const id = await marker.getAttribute('data-feature-id');
    await marker.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`f:${id}`);
    await expect.poll(() => page.getByTestId('feature-details').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
