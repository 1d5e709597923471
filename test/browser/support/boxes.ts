// Where an element is on screen, as a user would point at it.
import type { Page } from 'playwright-core';

/** The on-screen box of a test id; fails when it is not shown. */
export async function box(page: Page, testId: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} is not on screen`);
  return found;
}
