// The Annotate tool on a phone (390×844, a touch screen) as a finger uses it: right after an arrow
// drawn with a finger, a note tapped on the map with its text typed, a circle dragged and an area's corners
// tapped then finished; the card is a sheet along the bottom of the map taking at most a third of
// it, never over the mark just made, that folds to its title row; a note's text changed from the
// list reaches the map and the permalink, a row moves the map to its mark (a view change), and Delete removes one.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, nextFrames, query, settledUrl, waitForMapStill } from './harness';
import { fingerDrag, type Point } from './support/finger';
import { annotationTags, mapPoint, openAnnotateTool } from './support/annotate';
import { box } from './support/boxes';

const browser = useBrowser();
const PHONE = { width: 390, height: 844 };

const an = (page: Page) => query(page.url()).get('an') ?? '';
const tags = annotationTags;
const openTool = (page: Page) => openAnnotateTool(page, { tap: true });

/** the card lies along the bottom of the map and takes at most a third of its height */
async function expectSheetWithinThird(page: Page): Promise<void> {
  const map = await box(page, 'map');
  const card = await box(page, 'annotation-card');
  expect(card.height).toBeLessThanOrEqual(map.height / 3 + 0.5);
  expect(card.y + card.height).toBeCloseTo(map.y + map.height, 0);
  expect(card.width).toBeCloseTo(map.width, 0);
}

/** every button and field in the card a finger can reach is at least 44 px tall */
async function smallTargets(page: Page): Promise<string[]> {
  return page.getByTestId('annotation-card').evaluate((card) =>
    [...card.querySelectorAll<HTMLElement>('button, input')]
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => e.getBoundingClientRect().height < 44)
      .map((e) => e.textContent || e.getAttribute('data-testid') || e.tagName),
  );
}

describe('annotating on a phone (390×844, touch)', () => {
  it('places a note with a tap right after a finger-drawn arrow and types its text; the sheet keeps to a third of the map and off the note, and folds', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh', viewport: PHONE, touch: true });
    const cdp = await context.newCDPSession(page);
    await openTool(page);
    await expectSheetWithinThird(page);
    expect(await smallTargets(page)).toEqual([]);
    // an arrow drawn with a finger, then at once Note and a tap on the map just above the sheet
    await page.getByTestId('annotate-arrow').tap();
    await fingerDrag(cdp, await mapPoint(page, 0.8, 0.2), await mapPoint(page, 0.5, 0.35));
    await expect.poll(() => tags(page)).toEqual(['a']);
    await page.getByTestId('annotate-note').tap();
    expect(await page.getByTestId('annotate-note').getAttribute('aria-pressed')).toBe('true');
    const sheetTop = (await box(page, 'annotation-card')).y;
    await page.touchscreen.tap(200, sheetTop - 24);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('annotation-note-text');
    // the sheet grew with the form: still a third at most, and the waiting note's dot is above it
    await expectSheetWithinThird(page);
    const dot = (await page.locator('#map .annotation-pending').boundingBox())!;
    expect(dot.y + dot.height).toBeLessThan((await box(page, 'annotation-card')).y);
    expect(await smallTargets(page)).toEqual([]);
    await page.keyboard.type('换乘站 <b>T2</b>');
    await page.getByTestId('annotation-note-save').tap();
    await expect.poll(() => tags(page)).toEqual(['a', 'n']);
    expect(an(page).split('~')[1]).toMatch(/^n:1\d\d\.\d+,\d\d\.\d+,换乘站 <b>T2<\/b>$/);
    const note = page.locator('#map [data-testid="annotation-note"]');
    expect(await note.textContent()).toBe('换乘站 <b>T2</b>');
    const noteBox = (await note.locator('.annotation-note__text').boundingBox())!;
    expect(noteBox.y + noteBox.height).toBeLessThan((await box(page, 'annotation-card')).y);
    // nothing under the finger was selected by the tap
    expect(query(page.url()).get('sel')).toBeNull();
    // the sheet folds to its title row and unfolds
    await page.getByTestId('annotation-fold').tap();
    expect(await page.getByTestId('annotation-fold').getAttribute('aria-expanded')).toBe('false');
    expect((await box(page, 'annotation-card')).height).toBeLessThan(64);
    expect(await page.getByTestId('annotate-note').isVisible()).toBe(false);
    await page.getByTestId('annotation-fold').tap();
    await page.getByTestId('annotate-note').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not zoom the map for two quick taps on the card’s buttons (Leaflet takes them for a double tap)', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en', viewport: PHONE, touch: true });
    await openTool(page);
    const view = query(await settledUrl(page)).get('v');
    await page.getByTestId('annotate-circle').tap();
    await page.getByTestId('annotate-arrow').tap();
    await nextFrames(page);
    await waitForMapStill(page);
    expect(query(await settledUrl(page)).get('v')).toBe(view);
    expect(await page.getByTestId('annotate-arrow').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a circle and an area with a finger, each clear of the sheet', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en', viewport: PHONE, touch: true });
    const cdp = await context.newCDPSession(page);
    await openTool(page);
    const view = await settledUrl(page).then((url) => query(url).get('v'));
    // circle: a drag from the centre to the edge, low on the map so that it reaches under the sheet
    await page.getByTestId('annotate-circle').tap();
    const sheetTop = (await box(page, 'annotation-card')).y;
    const centre = { x: 195, y: sheetTop - 40 };
    await fingerDrag(cdp, centre, { x: centre.x + 70, y: centre.y });
    await expect.poll(() => tags(page)).toEqual(['c']);
    expect(Number(an(page).split(',')[2])).toBeGreaterThan(5);
    // the map moves up for it once the card has laid out (the next frame)
    const circleClearance = async () => {
      const circle = (await page.locator('#map [data-testid="annotation-shape"][data-kind="circle"]').boundingBox())!;
      return (await box(page, 'annotation-card')).y - (circle.y + circle.height);
    };
    await nextFrames(page);
    await waitForMapStill(page);
    expect(await circleClearance()).toBeGreaterThan(0);
    // the map moved up for it (a drag in circle mode does not pan by itself)
    expect(query(await settledUrl(page)).get('v')).not.toBe(view);
    // area: three tapped corners, then Finish
    await page.getByTestId('annotate-area').tap();
    for (const [fx, fy] of [[0.3, 0.25], [0.7, 0.25], [0.5, 0.45]] as const) {
      const p = await mapPoint(page, fx, fy);
      await page.touchscreen.tap(p.x, p.y);
    }
    await expect.poll(() => page.getByTestId('annotation-hint').textContent()).toContain('3 corners so far');
    await page.getByTestId('annotate-finish').tap();
    await expect.poll(() => tags(page)).toEqual(['c', 'p']);
    expect(an(page).split('~')[1]!.slice(2).split(',')).toHaveLength(6);
    const area = (await page.locator('#map [data-testid="annotation-shape"][data-kind="area"]').boundingBox())!;
    expect(area.y + area.height).toBeLessThan((await box(page, 'annotation-card')).y);
    await expectSheetWithinThird(page);
    expect(await page.getByTestId('annotation-item').count()).toBe(2);
    expect(query(page.url()).get('sel')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes a note’s text from the list, moves the map to a mark from its row, deletes one', async () => {
    const FOUR = ['n:104.0657,30.6598,Tianfu hub', 'a:104.3,30.4,106.2,29.7', 'c:106.55,29.56,25', 'p:104.5,30.9,105.2,30.9,104.9,31.3'].join('~');
    const { page, context, errors } = await openApp(browser, { query: `?${new URLSearchParams({ an: FOUR, lang: 'en' })}`, viewport: PHONE, touch: true });
    await openTool(page);
    // edit: the form opens on the note's text
    await page.getByRole('button', { name: 'Edit note “Tianfu hub”' }).tap();
    const input = page.getByTestId('annotation-note-text');
    expect(await input.inputValue()).toBe('Tianfu hub');
    expect(await page.getByTestId('annotation-note-form').textContent()).toContain('Change the note’s text');
    await input.fill('Tianfu airport hub');
    await page.getByTestId('annotation-note-save').tap();
    await expect.poll(() => an(page)).toBe(FOUR.replace('Tianfu hub', 'Tianfu airport hub'));
    expect(await page.locator('#map [data-testid="annotation-note"]').allTextContents()).toEqual(['Tianfu airport hub']);
    expect(await page.getByTestId('annotation-message').textContent()).toBe('Changed to note “Tianfu airport hub”.');
    // jump: the circle's row moves the map to the circle, framed above the sheet
    const before = query(await settledUrl(page)).get('v');
    await page.getByRole('button', { name: 'Show circle, radius 25 km on the map' }).tap();
    const after = query(await settledUrl(page)).get('v');
    expect(after).not.toBe(before);
    // a view change only: the marks are as they were
    expect(an(page)).toBe(FOUR.replace('Tianfu hub', 'Tianfu airport hub'));
    const circle = (await page.locator('#map [data-testid="annotation-shape"][data-kind="circle"]').boundingBox())!;
    const map = await box(page, 'map');
    expect(circle.y).toBeGreaterThanOrEqual(map.y);
    expect(circle.y + circle.height).toBeLessThanOrEqual((await box(page, 'annotation-card')).y);
    // the circle fills the free part of the map (not a speck): at least half its height
    expect(circle.height).toBeGreaterThan(((await box(page, 'annotation-card')).y - map.y) / 2);
    // delete the arrow with a tap
    await page.getByRole('button', { name: /^Delete arrow/ }).tap();
    await expect.poll(() => tags(page)).toEqual(['n', 'c', 'p']);
    expect(await page.locator('#map [data-kind="arrow"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
