// What the map shows, read as a user would see it: a county's fill, and the zoom the permalink holds.
import type { Page } from 'playwright-core';

/** The fill of a county's outline on the map (the choropleth's class colour), or null. */
export const countyFill = (page: Page, adcode: string): Promise<string | null> => page.locator(`path[data-adcode="${adcode}"][data-level="county"]`).getAttribute('fill');

/** The zoom in a permalink's `v=lat,lon,zoom`; NaN when it has none. */
export const zoomOf = (url: string): number => Number(new URL(url).searchParams.get('v')?.split(',')[2] ?? 'NaN');
