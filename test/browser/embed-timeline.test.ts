// The timeline in the embed, inside a news page on another origin: the map as it stood in a year
// hides what was designated later, counts the features of unknown year apart, steps with the slider
// and plays once to today from the year in the link.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useBrowser, timesDrawn } from './harness';
import { openHostPage, useHostServer } from './embed-host';
import { allFeatureProperties, featureProperties } from './feature-data';

const browser = useBrowser();
const host = useHostServer();

// symbols standing for a feature: its own, or a cluster counting it
const drawn = (frame: Frame, id: string) => ({ count: () => timesDrawn(frame, id) });

describe('embed timeline', () => {
  it('shows the map as it stood in 2012 and follows the slider to 2021', async () => {
    // A science city designated in 2021 and a development zone of 2012 (from the data file).
    expect(featureProperties('western-science-city-chengdu').year).toBe(2021);
    expect(featureProperties('etdz-mianyang').year).toBe(2012);
    const { context, frame, errors } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en&asof=2012', viewport: { width: 375, height: 560 } });
    expect(await drawn(frame, 'etdz-mianyang').count()).toBe(1);
    expect(await drawn(frame, 'western-science-city-chengdu').count()).toBe(0);
    const known = allFeatureProperties.filter((p) => p.year !== null);
    const by2012 = known.filter((p) => p.year! <= 2012).length;
    const unknown = allFeatureProperties.length - known.length;
    expect(await frame.getByTestId('timeline-value').textContent()).toBe('2012');
    expect(await frame.getByTestId('timeline-counts').textContent()).toBe(`2012: ${by2012} of ${known.length} features`);
    expect(await frame.getByTestId('timeline-unknown').textContent()).toBe(`${unknown} more with an unknown year, not placed on the timeline`);
    expect(await frame.getByTestId('embed-summary').textContent()).toMatch(new RegExp(`^Map of ${by2012} features: `));
    // the slider by keyboard: nine steps right
    await frame.getByTestId('timeline-year').focus();
    for (let step = 0; step < 9; step += 1) await frame.getByTestId('timeline-year').press('ArrowRight');
    await expect.poll(() => frame.getByTestId('timeline-value').textContent()).toBe('2021');
    expect(await drawn(frame, 'western-science-city-chengdu').count()).toBe(1);
    expect(await frame.getByTestId('timeline-counts').textContent()).toBe(`2021: ${known.filter((p) => p.year! <= 2021).length} of ${known.length} features`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays once from the year in the link to today, then stops', async () => {
    const { context, frame } = await openHostPage(browser, host, { embedQuery: 'embed=1&lang=en&asof=2019&play=1', viewport: { width: 1024, height: 768 } });
    await frame.getByTestId('map').scrollIntoViewIfNeeded();
    const thisYear = String(new Date().getFullYear());
    await expect.poll(() => frame.getByTestId('timeline-play').textContent()).toBe('Pause');
    await expect.poll(() => frame.getByTestId('timeline-value').textContent(), { timeout: 15_000 }).toBe(thisYear);
    await expect.poll(() => frame.getByTestId('timeline-play').textContent()).toBe('Play');
    expect(await drawn(frame, 'western-science-city-chengdu').count()).toBe(1);
    await context.close();
  });
});
