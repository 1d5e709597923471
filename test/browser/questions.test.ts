// Spatial questions as a reader asks them: tick a corridor and set a distance, pick or draw an
// area, measure on the map; the answers are checked against turf computed here from the data.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LineString, Polygon } from 'geojson';
import { area as turfArea } from '@turf/area';
import { distance as turfDistance } from '@turf/distance';
import { rectangleToPolygon } from '../../src/spatial';
import { afterMapMove, useBrowser, openApp, openTab } from './harness';
import { anchorWithinKmOfLine, countyGeometry, idsWhere, inArea, kmToLine, prefectureGeometry, projects, withinKmOfLine } from './questions-reference';

const browser = useBrowser();

const HSR = 'hsr-chengdu-chongqing';
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const listedIds = async (page: Page) =>
  (await page.getByTestId('q-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-feature-id') ?? ''))).sort();

function catchmentIds(km: number): string[] {
  const corridor = projects.find((feature) => feature.id === HSR);
  if (!corridor) throw new Error(`${HSR} is not in features.json`);
  return idsWhere((feature) => withinKmOfLine(feature.geometry, corridor.geometry as LineString, km));
}

describe('corridor catchment', () => {
  it('lists, counts and rings the projects within 20 km of the Chengdu–Chongqing HSR, with the buffer drawn', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'questions');
    await page.locator(`[data-testid="q-corridor"][value="${HSR}"]`).check();
    const distance = page.getByTestId('q-distance');
    await distance.fill('20');
    await distance.press('Enter');
    await distance.blur();
    const expected = catchmentIds(20);
    expect(expected.length).toBeGreaterThan(3);
    await expect.poll(() => param(page, 'qd')).toBe('20');
    expect(param(page, 'qc')).toBe(HSR);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.getByTestId('q-count').getAttribute('data-count')).toBe(String(expected.length));
    expect(await page.getByTestId('q-categories').textContent()).toMatch(/通道 \d+/);
    expect(await page.locator('[data-testid="question-buffer"]').count()).toBe(1);
    expect(await page.getByTestId('question-match').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-feature-id')))].sort())).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores the question from the permalink after a reload, and one button clears it', async () => {
    const { page, context } = await openApp(browser, { query: `?lang=en&qc=${HSR}&qd=20` });
    await openTab(page, 'questions');
    const expected = catchmentIds(20);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.locator('[data-testid="question-buffer"]').count()).toBe(1);
    expect(await page.locator(`[data-testid="q-corridor"][value="${HSR}"]`).isChecked()).toBe(true);
    await page.getByTestId('q-clear').click();
    await expect.poll(() => param(page, 'qc')).toBeNull();
    expect(await page.locator('[data-testid="question-buffer"]').count()).toBe(0);
    expect(await page.getByTestId('q-item').count()).toBe(0);
    await context.close();
  });

  it('names a distance out of range typed into the box and keeps the question as it was', async () => {
    const { page, context } = await openApp(browser, { query: `?lang=en&qc=${HSR}&qd=20` });
    await openTab(page, 'questions');
    const distance = page.getByTestId('q-distance');
    await distance.fill('500');
    await distance.blur();
    await expect.poll(() => page.getByTestId('q-distance-error').textContent()).toContain('"500"');
    expect(await page.getByTestId('q-distance-error').getAttribute('role')).toBe('alert');
    expect(param(page, 'qd')).toBe('20');
    expect(await distance.inputValue()).toBe('500');
    await context.close();
  });

  it('switches the answer to the other language', async () => {
    const { page, context } = await openApp(browser, { query: `?lang=zh&qc=${HSR}&qd=20` });
    await openTab(page, 'questions');
    await expect.poll(() => page.getByTestId('q-count').textContent()).toContain('符合条件的项目');
    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await expect.poll(() => page.getByTestId('q-count').textContent()).toContain('Matching projects');
    expect(await page.getByTestId('questions-panel').locator('h2').textContent()).toBe('Spatial questions');
    expect(await page.locator(`[data-testid="q-corridor"][value="${HSR}"]`).isChecked()).toBe(true);
    await context.close();
  });

  it('ignores an invalid distance and an unknown corridor with a notice', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&qc=no-such-corridor&qd=500' });
    await openTab(page, 'questions');
    const notices = page.getByTestId('notices');
    await expect.poll(() => notices.textContent()).toContain('"qd"');
    await expect.poll(() => notices.textContent()).toContain('no-such-corridor');
    expect(await page.locator('[data-testid="question-buffer"]').count()).toBe(0);
    await context.close();
  });
});

describe('catchment drawn where the projects are, with distances and a choice of reach', () => {
  const corridor = () => projects.find((feature) => feature.id === HSR)?.geometry as LineString;
  // Web Mercator at zoom z: 256·2^z pixels round the world, so a longitude span's width is exact
  const pixelsWide = (west: number, east: number, zoom: number) => ((east - west) / 360) * 256 * 2 ** zoom;
  const lonExtent = (id: string) => {
    const feature = projects.find((candidate) => candidate.id === id);
    if (!feature) throw new Error(`${id} is not in features.json`);
    const lons = JSON.stringify(feature.geometry.coordinates).match(/-?\d+(\.\d+)?(?=,-?\d)/g)!.map(Number);
    return [Math.min(...lons), Math.max(...lons)] as const;
  };
  const box = async (page: Page, id: string) => {
    const mark = page.locator(`[data-testid="question-match"][data-feature-id="${id}"]`);
    await mark.first().waitFor({ state: 'attached' });
    return mark.first().boundingBox();
  };

  it('highlights a matching line and area along their whole extent, not at a point', async () => {
    const { page, context, errors } = await openApp(browser, { query: `?lang=en&v=30.2,105.3,7&qc=${HSR}&qd=20&tab=questions` });
    await expect.poll(() => page.getByTestId('q-item').count()).toBe(catchmentIds(20).length);
    // a line: the Chengdu–Chongqing expressway, 2.5 degrees of longitude long
    const [west, east] = lonExtent('expwy-chengdu-chongqing');
    const line = await box(page, 'expwy-chengdu-chongqing');
    expect(line?.width).toBeGreaterThan(pixelsWide(west, east, 7) * 0.95);
    expect(line?.width).toBeLessThan(pixelsWide(west, east, 7) * 1.05);
    // an area: the widest matching polygon
    const areas = projects.filter((f) => f.geometry.type === 'Polygon' && catchmentIds(20).includes(f.id));
    const widest = areas.map((f) => ({ id: f.id, span: lonExtent(f.id) })).sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]))[0]!;
    const area = await box(page, widest.id);
    expect(area?.width).toBeGreaterThan(pixelsWide(widest.span[0], widest.span[1], 7) * 0.95);
    expect(area?.width).toBeLessThan(pixelsWide(widest.span[0], widest.span[1], 7) * 1.05);
    // the buffer has a visible edge and a light fill
    const edge = await page.getByTestId('question-buffer').evaluate((path) => ({ stroke: getComputedStyle(path).stroke, width: parseFloat(getComputedStyle(path).strokeWidth) }));
    const fill = await page.getByTestId('question-buffer-fill').evaluate((path) => parseFloat(getComputedStyle(path).fillOpacity));
    const buffer = { ...edge, fill };
    expect(buffer.stroke).not.toBe('none');
    expect(buffer.width).toBeGreaterThanOrEqual(2);
    expect(buffer.fill).toBeGreaterThan(0.05);
    expect(buffer.fill).toBeLessThan(0.3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists each match with its distance to the corridor, in km per language, 0 for the corridor itself', async () => {
    const { page, context } = await openApp(browser, { query: `?lang=zh&qc=${HSR}&qd=20&tab=questions` });
    await expect.poll(() => page.getByTestId('q-item-distance').count()).toBe(catchmentIds(20).length);
    const rows = await page.getByTestId('q-item').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-feature-id')!, text: item.querySelector('[data-testid="q-item-distance"]')?.textContent ?? '' })),
    );
    expect(rows.find((row) => row.id === HSR)?.text).toBe('距通道 0 千米');
    // every point's distance as turf measures it from the data, to a tenth of a km
    const points = projects.filter((f) => f.geometry.type === 'Point' && rows.some((row) => row.id === f.id));
    expect(points.length).toBeGreaterThan(3);
    for (const point of points) {
      const km = kmToLine(point.geometry.coordinates as number[], corridor());
      expect(rows.find((row) => row.id === point.id)?.text).toBe(`距通道 ${km === 0 ? '0' : km.toFixed(1)} 千米`);
    }
    // nearest first
    const listed = await page.getByTestId('q-item-distance').evaluateAll((spans) => spans.map((span) => Number(span.getAttribute('data-km'))));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    // the List tab says it too, in English after switching
    await page.locator('[data-testid="lang-switch"] button[data-lang="en"]').click();
    await openTab(page, 'list');
    await expect.poll(() => page.getByTestId('feature-list-distance').count()).toBe(catchmentIds(20).length);
    const own = page.locator(`[data-testid="feature-list-row"][data-feature-id="${HSR}"] [data-testid="feature-list-distance"]`);
    expect(await own.textContent()).toBe('0 km from the corridor');
    await context.close();
  });

  it('counts lines and areas by their anchor when asked, keeps the choice in the permalink, and restores it', async () => {
    const touch = catchmentIds(20);
    const anchor = idsWhere((feature) => anchorWithinKmOfLine(feature, corridor(), 20));
    expect(anchor).not.toEqual(touch);
    const { page, context } = await openApp(browser, { query: `?lang=en&qc=${HSR}&qd=20&tab=questions` });
    await expect.poll(() => listedIds(page)).toEqual(touch);
    expect(await page.getByTestId('q-reach-touch').isChecked()).toBe(true);
    expect(param(page, 'qr')).toBeNull();
    await page.getByTestId('q-reach-anchor').check();
    await expect.poll(() => param(page, 'qr')).toBe('anchor');
    await expect.poll(() => listedIds(page)).toEqual(anchor);
    expect(await page.getByTestId('q-count').getAttribute('data-count')).toBe(String(anchor.length));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => listedIds(page)).toEqual(anchor);
    expect(await page.getByTestId('q-reach-anchor').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => listedIds(page)).toEqual(touch);
    expect(await page.getByTestId('q-reach-touch').isChecked()).toBe(true);
    await context.close();
  });
});

describe('area query', () => {
  it('finds the projects in 成都市 when the prefecture is chosen', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'questions');
    await page.getByTestId('q-area-select').selectOption('u:510100');
    await expect.poll(() => param(page, 'qa')).toBe('u:510100');
    const chengdu = prefectureGeometry('510100');
    const expected = idsWhere((feature) => inArea(feature.geometry, chengdu));
    expect(expected.length).toBeGreaterThan(5);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(await page.locator('[data-testid="question-area"]').count()).toBe(1);
    await context.close();
  });

  it('finds the projects in a rectangle dragged on the map', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.4,104.9,8' });
    await openTab(page, 'questions');
    await page.getByTestId('q-draw-rect').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    const x = box.x + box.width * 0.3;
    const y = box.y + box.height * 0.3;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 150, y + 100, { steps: 5 });
    await page.mouse.move(x + 300, y + 250, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'qa')).toMatch(/^r:/);
    const bounds = (param(page, 'qa') as string).slice(2).split(',').map(Number) as [number, number, number, number];
    // the drawn box spans the dragged pixels: at zoom 8 about 1.6 degrees wide
    expect(bounds[2] - bounds[0]).toBeGreaterThan(1);
    const expected = idsWhere((feature) => inArea(feature.geometry, rectangleToPolygon(bounds)));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    await context.close();
  });
});

describe('drawing', () => {
  it('finds the projects in a polygon clicked on the map, finished with a double-click', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.2,105.2,7' });
    await openTab(page, 'questions');
    await page.getByTestId('q-draw-polygon').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.25);
    await page.mouse.dblclick(box.x + box.width * 0.45, box.y + box.height * 0.8);
    await expect.poll(() => param(page, 'qa')).toMatch(/^p:/);
    const ring = (param(page, 'qa') as string).slice(2).split(',').map((pair) => pair.split(' ').map(Number));
    expect(ring).toHaveLength(3);
    const polygon: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0] as number[]]] };
    const expected = idsWhere((feature) => inArea(feature.geometry, polygon));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    await context.close();
  });

  it('cancels a drawing with Escape, leaving the question as it was', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&qa=u:510100' });
    await openTab(page, 'questions');
    await page.getByTestId('q-draw-rect').click();
    expect(await page.getByTestId('draw-status').textContent()).toContain('Escape');
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('draw-status').textContent()).toBe('');
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.6);
    expect(param(page, 'qa')).toBe('u:510100');
    await context.close();
  });

  it('measures with the keyboard: Space adds the point under the crosshair, Enter finishes', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.2,105.2,7' });
    await openTab(page, 'questions');
    await page.getByTestId('q-measure-path').click();
    const map = page.getByTestId('map');
    await map.focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i += 1) {
      // one pan at a time: Leaflet ignores an arrow key while the previous pan is still animating
      await afterMapMove(page, () => page.keyboard.press('ArrowRight'));
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'qm')).toMatch(/^l:/);
    const points = (param(page, 'qm') as string).slice(2).split(',').map((pair) => pair.split(' ').map(Number));
    expect(points).toHaveLength(2);
    expect((points[1] as number[])[0]).toBeGreaterThan((points[0] as number[])[0] as number);
    await context.close();
  });

  it('measures the area of a drawn polygon in km²', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.2,105.2,7' });
    await openTab(page, 'questions');
    await page.getByTestId('q-measure-area').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.3);
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.7);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'qm')).toMatch(/^a:/);
    const ring = (param(page, 'qm') as string).slice(2).split(',').map((pair) => pair.split(' ').map(Number));
    const km2 = turfArea({ type: 'Polygon', coordinates: [[...ring, ring[0] as number[]]] }) / 1e6;
    const text = (await page.getByTestId('q-measure-result').textContent()) ?? '';
    const shown = Number(/([\d,.]+) km²/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(Math.abs(shown - km2) / km2).toBeLessThan(0.01);
    await context.close();
  });
});

describe('area query by county', () => {
  it('queries a county selected on the map, with the county boundaries fetched for it', async () => {
    // 锦江区 (Chengdu): a county-level unit, only in the county file
    const { page, context, requests } = await openApp(browser, { query: '?lang=en&sel=u:510104' });
    await openTab(page, 'questions');
    await page.getByTestId('q-use-selected').click();
    await expect.poll(() => param(page, 'qa')).toBe('u:510104');
    const expected = idsWhere((feature) => inArea(feature.geometry, countyGeometry('510104')));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => listedIds(page)).toEqual(expected);
    expect(requests.some((url) => url.includes('boundaries-counties'))).toBe(true);
    const shown = await page.getByTestId('q-area-select').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(shown).toContain('510104');
    expect(await page.locator('[data-testid="question-area"]').count()).toBe(1);
    await context.close();
  });
});

describe('measure', () => {
  it('measures a path clicked on the map within 2% of the geodesic distance', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en&v=30.2,105.2,7' });
    await openTab(page, 'questions');
    await page.getByTestId('q-measure-path').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.6);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'qm')).toMatch(/^l:/);
    const points = (param(page, 'qm') as string).slice(2).split(',').map((pair) => pair.split(' ').map(Number));
    expect(points).toHaveLength(2);
    const km = turfDistance(points[0] as number[], points[1] as number[], { units: 'kilometers' });
    const text = (await page.getByTestId('q-measure-result').textContent()) ?? '';
    const shown = Number(/([\d,.]+) km/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(Math.abs(shown - km) / km).toBeLessThan(0.02);
    expect(await page.locator('[data-testid="question-measure"]').count()).toBe(1);
    await context.close();
  });

  it('gives the straight-line distance between two chosen projects in Chinese units', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'questions');
    const [a, b] = [projects[0], projects[projects.length - 1]];
    if (!a || !b) throw new Error('no projects');
    await page.getByTestId('q-from').selectOption(a.id);
    await page.getByTestId('q-to').selectOption(b.id);
    await expect.poll(() => param(page, 'qm')).toBe(`f:${a.id},${b.id}`);
    const km = turfDistance(a.properties.anchor, b.properties.anchor, { units: 'kilometers' });
    const text = (await page.getByTestId('q-measure-result').textContent()) ?? '';
    expect(text).toContain(a.properties.name_zh);
    const shown = Number(/([\d,.]+) 千米/.exec(text)?.[1]?.replace(/,/g, ''));
    expect(Math.abs(shown - km) / km).toBeLessThan(0.01);
    await context.close();
  });
});
