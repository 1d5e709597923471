// The embed as a phone reader meets it inside a news page on another origin (strict CSP): the map
// takes most of the frame, headline and legend fold into one line, the newsroom's words are plain
// text, a tap picks the nearest feature and opens a compact card, and the touch hint is a line.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { iframeHeight, openHostPage, useHostServer } from './embed-host';

const browser = useBrowser();
const host = useHostServer();

const WORDS = new URLSearchParams({
  embed: '1',
  lang: 'en',
  hed: 'Parks along the Chengdu–Chongqing corridor',
  dek: 'Where the new zones are',
  note: 'Positions marked as approximate are not exact.',
  credit: 'Graphic: Li Wei',
}).toString();

describe('embed layout by frame size', () => {
  for (const viewport of [
    { width: 320, height: 480 },
    { width: 375, height: 560 },
  ]) {
    it(`gives the map most of a ${viewport.width}×${viewport.height} phone frame, headline and legend folded into one line`, async () => {
      const { context, page, frame, errors } = await openHostPage(browser, host, { embedQuery: WORDS, viewport });
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(350);
      const map = (await frame.getByTestId('map').boundingBox())!;
      const frameHeight = await iframeHeight(page);
      expect(map.height).toBeGreaterThanOrEqual(300);
      expect(map.height / frameHeight).toBeGreaterThanOrEqual(0.6);
      // one line above the map: the headline, cut short, and the way to the legend
      const line = (await frame.getByTestId('embed-fold-line').boundingBox())!;
      expect(line.height).toBeLessThan(50);
      expect(line.y + line.height).toBeLessThanOrEqual(map.y + 1);
      expect(await frame.getByTestId('embed-fold-line').textContent()).toBe('Parks along the Chengdu–Chongqing corridorLegend and notes');
      expect(await frame.getByTestId('embed-dek').isVisible()).toBe(false);
      expect(await frame.getByTestId('embed-legend').isVisible()).toBe(false);
      // a tap opens it: dek, summary and legend
      await frame.getByTestId('embed-fold-line').click();
      expect(await frame.getByTestId('embed-dek').textContent()).toBe('Where the new zones are');
      expect(await frame.getByTestId('embed-dek').isVisible()).toBe(true);
      expect(await frame.getByText('High-speed rail (7)').isVisible()).toBe(true);
      // the note and credit under the map
      const note = (await frame.getByTestId('embed-note').boundingBox())!;
      expect(note.y).toBeGreaterThan(map.y + map.height - 1);
      expect(await frame.getByTestId('embed-credit').textContent()).toBe('Graphic: Li Wei');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the legend beside the map on a 768×500 tablet frame, never over half of it', async () => {
    const { context, page, frame } = await openHostPage(browser, host, { embedQuery: WORDS, viewport: { width: 768, height: 500 } });
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(350);
    const map = (await frame.getByTestId('map').boundingBox())!;
    const legend = (await frame.getByTestId('embed-legend').boundingBox())!;
    expect(await frame.getByTestId('embed-legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(legend.x).toBeGreaterThanOrEqual(map.x + map.width);
    expect(legend.width).toBeLessThan(map.width / 2);
    expect(map.height).toBeGreaterThanOrEqual(300);
    expect(map.height / (await iframeHeight(page))).toBeGreaterThanOrEqual(0.6);
    // headline and dek written out above the map
    const title = (await frame.getByTestId('embed-title').boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(map.y);
    expect(await frame.getByTestId('embed-title').textContent()).toBe('Parks along the Chengdu–Chongqing corridor');
    expect(await frame.getByTestId('embed-dek').isVisible()).toBe(true);
    await context.close();
  });
});

describe("the newsroom's words", () => {
  it('shows hostile strings as inert text, in the frame and its title', async () => {
    const hostile = {
      hed: '<img src=x onerror="document.body.dataset.pwned=1">Headline',
      dek: '<script>document.body.dataset.pwned=1</script>',
      note: '</p><b>bold?</b> & more',
      credit: '"><svg onload="document.body.dataset.pwned=1">',
    };
    const query = new URLSearchParams({ embed: '1', lang: 'en', ...hostile }).toString();
    const { context, frame, errors } = await openHostPage(browser, host, { embedQuery: query, viewport: { width: 1024, height: 768 } });
    expect(await frame.getByTestId('embed-title').textContent()).toBe(hostile.hed);
    expect(await frame.getByTestId('embed-dek').textContent()).toBe(hostile.dek);
    expect(await frame.getByTestId('embed-note').textContent()).toBe(hostile.note);
    expect(await frame.getByTestId('embed-credit').textContent()).toBe(hostile.credit);
    expect(await frame.evaluate(() => document.title)).toBe(hostile.hed);
    expect(await frame.locator('.embed-head img, .embed-head script, .embed-note b, .embed-footer svg').count()).toBe(0);
    expect(await frame.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embed on a touch phone', () => {
  it('a tap beside a marker picks it and opens a compact card; the close button and Escape close it', async () => {
    const { context, page, frame } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en&hide=corridor&v=30.45,104.3,9', viewport: { width: 375, height: 560 }, touch: true });
    await frame.getByTestId('map').scrollIntoViewIfNeeded();
    // Zoomed in over Chengdu, where symbols stand alone rather than in clusters. Corridors hidden, so
    // only markers and areas are drawn; the marker farthest from every other
    // marker, so "nearest" has one answer (markers win over the areas around them).
    const target = await frame.evaluate(() => {
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      };
      // point symbols drawn alone; any symbol (clusters too) counts as a neighbour
      const symbols = [...document.querySelectorAll('.leaflet-marker-icon[data-feature-id], .leaflet-marker-icon[data-cluster]')];
      // only those well inside the map's visible box can be tapped
      const view = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
      const inside = (el: Element) => {
        const c = centre(el);
        return c.x > view.left + 40 && c.x < view.right - 40 && c.y > view.top + 40 && c.y < view.bottom - 40;
      };
      const markers = symbols.filter((symbol) => symbol.hasAttribute('data-feature-id') && inside(symbol));
      let best = { id: '', label: '', x: 0, y: 0, room: -1, away: { x: 0, y: 0 } };
      for (const marker of markers) {
        const c = centre(marker);
        const nearest = symbols.filter((o) => o !== marker).map(centre).sort((a, b) => Math.hypot(a.x - c.x, a.y - c.y) - Math.hypot(b.x - c.x, b.y - c.y))[0]!;
        const room = Math.hypot(nearest.x - c.x, nearest.y - c.y);
        // the tap goes to the side facing away from the nearest other marker
        const away = { x: (c.x - nearest.x) / room, y: (c.y - nearest.y) / room };
        if (room > best.room) best = { id: marker.getAttribute('data-feature-id')!, label: marker.getAttribute('aria-label')!, ...c, room, away };
      }
      return best;
    });
    expect(target.room).toBeGreaterThan(30);
    const frameBox = (await (await page.$('#embed'))!.boundingBox())!;
    // 16 px to the side of the marker's centre: outside its drawn symbol, inside the 22 px reach
    const tapX = frameBox.x + target.x + 16 * target.away.x;
    const tapY = frameBox.y + target.y + 16 * target.away.y;
    // the browser alone would not find the marker there
    const hit = await frame.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? null, {
      x: target.x + 16 * target.away.x,
      y: target.y + 16 * target.away.y,
    });
    expect(hit).not.toBe(target.id);
    await page.touchscreen.tap(tapX, tapY);
    await expect.poll(() => frame.getByTestId('embed-card-name').textContent()).toBe(target.label);
    // a tap is not a drag: no "use two fingers" hint
    expect(await frame.getByTestId('embed-hint').isVisible()).toBe(false);
    const card = (await frame.getByTestId('embed-card').boundingBox())!;
    const map = (await frame.getByTestId('map').boundingBox())!;
    expect(card.height).toBeLessThan(map.height / 3);
    expect(await frame.locator(`[data-feature-id="${target.id}"]`).first().getAttribute('data-selected')).toBe('true');
    await frame.getByTestId('embed-card-close').click();
    expect(await frame.getByTestId('embed-card').isVisible()).toBe(false);
    await page.touchscreen.tap(tapX, tapY);
    await expect.poll(() => frame.getByTestId('embed-card').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByTestId('embed-card').isVisible()).toBe(false);
    await context.close();
  });

  it('answers a one-finger drag with a short hint line, not a veil over the map', async () => {
    const { context, page, frame } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en', viewport: { width: 375, height: 560 }, touch: true });
    await frame.getByTestId('map').scrollIntoViewIfNeeded();
    const map = (await frame.getByTestId('map').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const x = map.x + map.width / 2;
    const y = map.y + map.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 3; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + step * 15, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const hint = frame.getByTestId('embed-hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe('Use two fingers to move and zoom the map');
    const box = (await hint.boundingBox())!;
    expect(box.height).toBeLessThan(40);
    expect((box.width * box.height) / (map.width * map.height)).toBeLessThan(0.1);
    await context.close();
  });
});
