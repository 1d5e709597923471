// The Annotate tool as the annotation tests drive it: open it, point at the map, read the marks back
// from the permalink and the map.
import type { Page } from 'playwright-core';
import { query } from '../harness';
import type { Point } from './finger';
import { box } from './boxes';

/**
 * Opens the Annotate card with a click (or a tap on a touch screen) and waits for the part loaded on
 * first use: the drawing buttons, or `ready` (e.g. the list's Clear all) when that is what a test uses.
 */
export async function openAnnotateTool(page: Page, how: { tap?: boolean; ready?: string } = {}): Promise<void> {
  const button = page.getByTestId('annotate-button');
  await (how.tap ? button.tap() : button.click());
  await page.getByTestId('annotation-card').waitFor({ state: 'visible' });
  await page.getByTestId(how.ready ?? 'annotate-note').waitFor({ state: 'visible' });
}

/** The kind letter of each mark in the permalink (`n`, `a`, `c`, `p`), in order. */
export const annotationTags = (page: Page): string[] => (query(page.url()).get('an') ?? '').split('~').filter(Boolean).map((item) => item.slice(0, 1));

/** The kinds of shape drawn on the map, each once, sorted. */
export const shapeKinds = (page: Page): Promise<(string | null)[]> =>
  page.locator('#map [data-testid="annotation-shape"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))].sort());

/** A point on the open map, as a fraction of the map's box (clear of the controls and the side panel). */
export async function mapPoint(page: Page, fx: number, fy: number): Promise<Point> {
  const map = await box(page, 'map');
  return { x: map.x + map.width * fx, y: map.y + map.height * fy };
}
