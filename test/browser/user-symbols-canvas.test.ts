// Proportional symbols on a large point layer: 1,500 points (over the 1,000 drawn as SVG elements)
// sized by a value column are drawn on the canvas as circles of area proportional to the value,
// with the size legend, hollow circles for blank values, hit-testing by circle, the filter and the
// colour still working, and the same circles in the exported SVG.
import { describe, expect, it } from 'vitest';
import { afterMapMove, useBrowser, openApp, openTab } from './harness';
import { confirmMappingSteps, layerNames, layerRows } from './user-data-helpers';
import { canvasColourAt, onScreen } from './support/user-canvas';
import { exportSvg } from './support/download';
import { seeded } from './support/seeded';

const browser = useBrowser();

const POINTS = 1_500;
const COLUMN = '总投资（亿元）';
/** the largest value (a 22 px circle), the smallest (2.2 px) and a blank one, far from every other point */
const HIGH = { lon: 104.06, lat: 30.66, name: '最大项目', value: '1200' };
const LOW = { lon: 106.55, lat: 29.56, name: '最小项目', value: '12' };
const BLANK = { lon: 105.3, lat: 31.3, name: '未知投资', value: '' };
const PROBES = [HIGH, LOW, BLANK];

/** A project list as a planner has it: name, longitude, latitude, investment; the probes first. */
function projectsCsv(): Buffer {
  const random = seeded(1500);
  const rows = PROBES.map((p) => `${p.name},${p.lon},${p.lat},${p.value}`);
  while (rows.length < POINTS) {
    const lon = 103 + random() * 4.5;
    const lat = 28.6 + random() * 3;
    if (PROBES.some((p) => Math.abs(lon - p.lon) < 0.5 && Math.abs(lat - p.lat) < 0.5)) continue;
    rows.push(`项目${rows.length},${lon.toFixed(4)},${lat.toFixed(4)},${Math.round(20 + random() * 900)}`);
  }
  return Buffer.from(`名称,经度,纬度,${COLUMN}\n${rows.join('\n')}\n`);
}

describe('a 1,500-point layer sized by a column', () => {
  it('draws circles by value on the canvas, with the size legend, hit-testing, filter, colour and export', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en' });
    await openTab(page, 'mydata');
    // the new layer is framed on the map: the canvas is read at the framed view, once the map is still
    await afterMapMove(page, async () => {
      await page.setInputFiles('[data-testid="user-layers-file"]', { name: 'projects.csv', mimeType: 'text/csv', buffer: projectsCsv() });
      await confirmMappingSteps(page, ['projects.csv']);
    });
    expect(await layerNames(page)).toEqual(['projects']);
    await expect.poll(() => page.locator('[data-testid="user-layer-canvas"]').count()).toBe(1);
    const row = layerRows(page).first();
    let colour = await row.getByTestId('user-layer-colour').inputValue();
    /**
     * What the canvas shows at a place (moved by dx, dy px): 'empty', 'fill' (the layer's colour at
     * the circles' 45% opacity), 'solid' (its colour, opaque: a marker or an outline), else the RGBA.
     * Within 3 of each channel: the canvas keeps translucent pixels premultiplied.
     */
    const at = async (place: { lon: number; lat: number }, dx = 0, dy = 0): Promise<string> => {
      const spot = await onScreen(page, place);
      const pixel = (await canvasColourAt(page, spot.mapX + dx, spot.mapY + dy)) ?? [];
      const rgb = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      const near = (expected: number[]) => expected.every((value, i) => Math.abs(value - pixel[i]!) <= 3);
      return pixel[3] === 0 ? 'empty' : near([...rgb, 115]) ? 'fill' : near([...rgb, 255]) ? 'solid' : pixel.join();
    };

    // before: the plain 8 px markers, nothing 15 px from the largest project
    await expect.poll(() => at(HIGH)).toBe('solid');
    expect(await at(HIGH, 15)).toBe('empty');

    await row.getByTestId('user-layer-size-by').selectOption(COLUMN);
    const legend = page.getByTestId('user-size-legend');
    await expect.poll(() => legend.locator('text').allTextContents()).toEqual(['1,200', '300', '75']);
    expect(await legend.getAttribute('aria-label')).toBe(`Circle areas proportional to “${COLUMN}”: 1,200, 300, 75`);
    expect(await page.getByTestId('user-size-missing').textContent()).toBe('1 point has no value (drawn as small hollow circles)');

    // the largest project: a translucent circle of 22 px, its outline opaque, nothing beyond
    await expect.poll(() => at(HIGH, 15)).toBe('fill');
    expect(await at(HIGH)).toBe('fill');
    expect(await at(HIGH, 0, -18)).toBe('fill');
    expect(await at(HIGH, 26)).toBe('empty');
    // the smallest: about 2 px, nothing 5 px away
    expect(await at(LOW)).not.toBe('empty');
    expect(await at(LOW, 5)).toBe('empty');
    expect(await at(LOW, 0, 5)).toBe('empty');
    // the blank one: a hollow 3 px circle, empty in the middle
    expect(await at(BLANK)).toBe('empty');
    const ring = await Promise.all([[-3, 0], [3, 0], [0, -3], [0, 3]].map(([dx, dy]) => at(BLANK, dx, dy)));
    expect(ring).toContain('solid');

    // a click inside the large circle, well off its centre, opens that project's properties
    const high = await onScreen(page, HIGH);
    await page.mouse.click(high.x + 14, high.y + 8);
    const popup = page.getByTestId('user-feature-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toContain(HIGH.name);
    await page.locator('.leaflet-popup-close-button').click();
    await expect.poll(() => popup.count()).toBe(0);

    // a new colour repaints the circles in it
    await row.getByTestId('user-layer-colour').fill('#0000ff');
    colour = '#0000ff';
    await expect.poll(() => at(HIGH, 15)).toBe('fill');

    // a filter leaving out the smallest (still over 1,000 points, still on the canvas): the scale is the whole layer's
    await row.getByTestId('user-filter-field').selectOption(COLUMN);
    await row.getByTestId('user-filter-min').fill('13');
    await row.getByTestId('user-filter-min').press('Enter');
    await expect.poll(() => at(LOW)).toBe('empty');
    expect(await at(HIGH, 15)).toBe('fill');
    expect(await page.locator('path.user-feature').count()).toBe(0);

    // the export: the same sized circles, largest first, and the size legend
    const svg = await exportSvg(page, 'en');
    const sized = /<g class="sized"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    const radii = [...sized.matchAll(/<circle cx="[^"]+" cy="[^"]+" r="([\d.]+)"\/>/g)].map((m) => Number(m[1]));
    expect(radii).toHaveLength(POINTS - 3 + 1); // the filter leaves out the smallest and the blank one
    expect(radii[0]).toBe(Math.max(...radii));
    expect(radii[0]! / Math.min(...radii)).toBeGreaterThan(4);
    // the size legend: its title (wrapped over lines as the legend's width allows, so compared
    // without the spaces a line break takes) and its three values
    const unspaced = (text: string) => text.replace(/\s+/g, '');
    const titles = [...svg.matchAll(/<text[^>]*class="legend-title"[^>]*>(.*?)<\/text>/g)].map((m) => unspaced(m[1]!.replace(/<[^>]+>/g, '')));
    expect(titles).toContain(unspaced(`Circle areas proportional to “${COLUMN}”`));
    const sizeRows = [...svg.matchAll(/<g class="legend-item" data-key="size:[^:"]+:\d" data-count="0"><path [^>]*\/><text[^>]*><tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => m[1]);
    expect(sizeRows).toEqual(['1,200', '300', '75']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
