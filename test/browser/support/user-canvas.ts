// Reading a large user layer's canvas as a user sees it: where a place is on the screen (from the
// map's box and the view in the address bar, worked out here rather than asked of the app) and the
// colour the canvas has there.
import type { Page } from 'playwright-core';

/** Web Mercator: world pixels at zoom 0. */
function worldPixel(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * 256, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256];
}

/** The view the address bar shows (v=lat,lon,zoom). */
export function viewOf(page: Page): { lat: number; lon: number; zoom: number } {
  const [lat, lon, zoom] = (new URL(page.url()).searchParams.get('v') ?? '').split(',').map(Number);
  return { lat: lat!, lon: lon!, zoom: zoom! };
}

/**
 * Where a place is on the screen (x, y) and on the map (mapX, mapY). The address bar takes a new view
 * up to 400 ms after the map (and its canvas) shows it; a pagehide event writes it at once, as it does
 * when the reader leaves the page.
 */
export async function onScreen(page: Page, place: { lon: number; lat: number }): Promise<{ x: number; y: number; mapX: number; mapY: number }> {
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  const box = (await page.locator('.leaflet-container').first().boundingBox())!;
  const view = viewOf(page);
  const scale = 2 ** view.zoom;
  const [cx, cy] = worldPixel(view.lon, view.lat);
  const [px, py] = worldPixel(place.lon, place.lat);
  const mapX = box.width / 2 + (px - cx) * scale;
  const mapY = box.height / 2 + (py - cy) * scale;
  return { x: box.x + mapX, y: box.y + mapY, mapX, mapY };
}

/** The RGBA the user layer's canvas has at a map position, or null without a canvas. */
export async function canvasColourAt(page: Page, mapX: number, mapY: number): Promise<number[] | null> {
  return page.evaluate(([x, y]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="user-layer-canvas"]');
    if (!canvas) return null;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    return [...canvas.getContext('2d')!.getImageData(Math.round(x! * ratio), Math.round(y! * ratio), 1, 1).data];
  }, [mapX, mapY]);
}
