// Adding the planner's marks with the Annotate tool as a user would: the mouse, the keyboard alone,
// and a finger on a phone; each mark lands in the permalink and comes back on reload. Escape
// cancels, and the limits on count and text length say what is wrong.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, query, waitForMapReady, waitForMapStill } from './harness';
import { fingerDrag, type Point } from './support/finger';
import { annotationTags, mapPoint, openAnnotateTool, shapeKinds } from './support/annotate';

const browser = useBrowser();

const an = (page: Page) => query(page.url()).get('an') ?? '';
const tags = annotationTags;
// the drawing part loads the first time the tool opens
const openTool = (page: Page) => openAnnotateTool(page);

describe('adding marks with the mouse', () => {
  it('places a note, drags an arrow and a circle, clicks an area; the reloaded permalink shows all four', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    await openTool(page);
    // note: a click, then its text
    await page.getByTestId('annotate-note').click();
    expect(await page.getByTestId('annotate-note').getAttribute('aria-pressed')).toBe('true');
    const notePoint = await mapPoint(page, 0.45, 0.55);
    await page.mouse.click(notePoint.x, notePoint.y);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('annotation-note-text');
    await page.keyboard.type('Airport <b>link</b>');
    await page.keyboard.press('Enter');
    await expect.poll(() => tags(page)).toEqual(['n']);
    expect(an(page)).toMatch(/^n:1\d\d\.\d+,\d\d\.\d+,Airport <b>link<\/b>$/);
    expect(await page.locator('#map [data-testid="annotation-note"]').textContent()).toBe('Airport <b>link</b>');
    // arrow: a drag, which does not pan the map
    const view = query(page.url()).get('v');
    await page.getByTestId('annotate-arrow').click();
    const a = await mapPoint(page, 0.3, 0.3);
    const b = await mapPoint(page, 0.5, 0.45);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => tags(page)).toEqual(['n', 'a']);
    expect(query(page.url()).get('v')).toBe(view);
    expect(await page.getByTestId('annotate-arrow').getAttribute('aria-pressed')).toBe('false');
    // circle: a drag from the centre to the edge
    await page.getByTestId('annotate-circle').click();
    const c = await mapPoint(page, 0.6, 0.6);
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x + 60, c.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => tags(page)).toEqual(['n', 'a', 'c']);
    // a 60 px radius at the opening zoom is several km, not a sliver
    expect(Number(an(page).split('~')[2]!.split(',')[2])).toBeGreaterThan(5);
    // area: three clicks and a double-click on the fourth corner
    await page.getByTestId('annotate-area').click();
    for (const [fx, fy] of [[0.25, 0.7], [0.4, 0.7], [0.4, 0.85]] as const) {
      const p = await mapPoint(page, fx, fy);
      await page.mouse.click(p.x, p.y);
    }
    expect(await page.getByTestId('annotation-hint').textContent()).toContain('3 corners so far');
    const last = await mapPoint(page, 0.25, 0.85);
    await page.mouse.dblclick(last.x, last.y);
    await expect.poll(() => tags(page)).toEqual(['n', 'a', 'c', 'p']);
    expect(an(page).split('~')[3]!.split(',')).toHaveLength(8);
    expect(await shapeKinds(page)).toEqual(['area', 'arrow', 'circle']);
    const url = page.url();
    await page.reload();
    await waitForMapReady(page);
    expect(page.url()).toBe(url);
    expect(await shapeKinds(page)).toEqual(['area', 'arrow', 'circle']);
    expect(await page.locator('#map [data-testid="annotation-note"]').textContent()).toBe('Airport <b>link</b>');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Escape cancels an area half drawn and adds nothing', async () => {
    const { page } = await openApp(browser, { query: '?lang=zh' });
    await openTool(page);
    await page.getByTestId('annotate-area').click();
    expect(await page.getByTestId('annotation-hint').textContent()).toContain('逐个点击角点');
    for (const [fx, fy] of [[0.3, 0.5], [0.45, 0.5]] as const) {
      const p = await mapPoint(page, fx, fy);
      await page.mouse.click(p.x, p.y);
    }
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('annotate-area').getAttribute('aria-pressed')).toBe('false');
    expect(an(page)).toBe('');
    expect(await page.locator('#map .annotation-preview').count()).toBe(0);
    await page.context().close();
  });
});

describe('adding marks by keyboard alone', () => {
  it('adds a note, an arrow, a circle and an area with Tab, Enter, Space and the arrow keys', async () => {
    const { page, errors } = await openApp(browser, { query: '?lang=en' });
    const map = page.getByTestId('map');
    await page.getByTestId('annotate-button').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('annotate-note').waitFor({ state: 'visible' });
    // note: its mode button, then "Place a point at the map centre", then the text
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('annotate-note');
    expect(await page.getByRole('button', { name: 'Note', exact: true }).evaluate((e) => e.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Place a point at the map centre' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Note text').waitFor();
    await page.keyboard.type('中心 centre');
    await page.keyboard.press('Enter');
    await expect.poll(() => tags(page)).toEqual(['n']);
    // arrow: Space on the map at the centre cross, move the map with the arrow keys, Space again
    const drawOnMap = async (kind: string, points: number, finish?: string) => {
      await page.getByTestId(`annotate-${kind}`).focus();
      await page.keyboard.press('Enter');
      await map.focus();
      for (let i = 0; i < points; i += 1) {
        if (i > 0) {
          await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
          await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
          await waitForMapStill(page);
        }
        await page.keyboard.press('Space');
      }
      if (finish) await page.keyboard.press(finish);
    };
    await drawOnMap('arrow', 2);
    await expect.poll(() => tags(page)).toEqual(['n', 'a']);
    await drawOnMap('circle', 2);
    await expect.poll(() => tags(page)).toEqual(['n', 'a', 'c']);
    await drawOnMap('area', 3, 'Enter');
    await expect.poll(() => tags(page)).toEqual(['n', 'a', 'c', 'p']);
    const [note, arrow, , area] = an(page).split('~');
    expect(note).toMatch(/,中心 centre$/);
    const [x1, y1, x2, y2] = arrow!.slice(2).split(',').map(Number);
    expect(x2).toBeGreaterThan(x1!);
    expect(y2).toBeCloseTo(y1!, 3);
    expect(area!.slice(2).split(',')).toHaveLength(6);
    // Enter on the map finished the area and did not select the unit under the cross
    expect(query(page.url()).get('sel')).toBeNull();
    expect(await page.getByTestId('annotation-item').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what is wrong: a note over 140 characters, and a 31st mark', async () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `n:104.${i},30.5,n${i}`).join('~');
    const { page } = await openApp(browser, { query: '?lang=en' });
    await openTool(page);
    await page.getByTestId('annotate-note').click();
    await page.getByTestId('annotate-at-centre').click();
    await page.getByTestId('annotation-note-text').fill('x'.repeat(141));
    expect(await page.getByTestId('annotation-note-form').textContent()).toContain('141/140 characters');
    await page.getByTestId('annotation-note-save').click();
    expect(await page.getByTestId('annotation-message').textContent()).toBe('The note is too long: 141 characters, at most 140.');
    expect(an(page)).toBe('');
    await page.goto(`${page.url().split('?')[0]}?lang=zh&${new URLSearchParams({ an: thirty })}`);
    await waitForMapReady(page);
    await openTool(page);
    await page.getByTestId('annotate-circle').click();
    expect(await page.getByTestId('annotation-message').textContent()).toBe('最多 30 个标注，已满：请先删除一个再添加。');
    expect(await page.getByTestId('annotate-circle').getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });
});

describe('on a phone (390×844, touch)', () => {
  it('a finger pans the map outside the tool and drags an arrow inside it', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh', viewport: { width: 390, height: 844 }, touch: true });
    const cdp = await context.newCDPSession(page);
    const swipe = (from: Point, to: Point) => fingerDrag(cdp, from, to);
    const viewOf = async () => (await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide'))), query(page.url()).get('v'));
    await openTool(page);
    // the card is open but no mode is on: a swipe pans the map
    // (the upper half: the open card lies along the bottom)
    const before = await viewOf();
    await swipe(await mapPoint(page, 0.8, 0.5), await mapPoint(page, 0.6, 0.3));
    await waitForMapStill(page);
    await expect.poll(viewOf).not.toBe(before);
    // arrow mode: the same swipe draws instead
    await page.getByTestId('annotate-arrow').tap();
    const moved = await viewOf();
    await swipe(await mapPoint(page, 0.8, 0.5), await mapPoint(page, 0.6, 0.3));
    await expect.poll(() => tags(page)).toEqual(['a']);
    expect(await viewOf()).toBe(moved);
    // closing the tool: a swipe pans again
    await page.getByTestId('annotate-button').tap();
    await page.getByTestId('annotation-card').waitFor({ state: 'hidden' });
    const after = await viewOf();
    await swipe(await mapPoint(page, 0.5, 0.7), await mapPoint(page, 0.7, 0.5));
    await waitForMapStill(page);
    await expect.poll(viewOf).not.toBe(after);
    expect(tags(page)).toEqual(['a']);
    await context.close();
  });
});
