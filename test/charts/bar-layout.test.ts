import { describe, expect, it } from 'vitest';
import { horizontalBarLayout, stackCategories } from '../../src/charts/bar-layout.ts';

describe('horizontalBarLayout', () => {
  const layout = horizontalBarLayout({ width: 300, rowCount: 4, maxValue: 10, labelWidth: 80, rowHeight: 20, valueWidth: 20, top: 5 });

  it('gives the longest bar all the room between labels and counts', () => {
    expect(layout.barLeft).toBe(80);
    expect(layout.length(10)).toBe(200);
    expect(layout.length(5)).toBe(100);
  });

  it('stacks rows below the top margin and sizes the chart to fit them', () => {
    expect(layout.rowTop(0)).toBe(5);
    expect(layout.rowTop(3)).toBe(65);
    expect(layout.height).toBe(85);
    expect(layout.barHeight).toBe(14);
  });

  it('draws empty bars when nothing is counted', () => {
    const empty = horizontalBarLayout({ width: 300, rowCount: 0, maxValue: 0, labelWidth: 80, rowHeight: 20, valueWidth: 20, top: 0 });
    expect(empty.length(0)).toBe(0);
    expect(empty.height).toBe(0);
  });

  it('never gives bars negative room on a very narrow container', () => {
    const narrow = horizontalBarLayout({ width: 50, rowCount: 1, maxValue: 3, labelWidth: 80, rowHeight: 20, valueWidth: 20, top: 0 });
    expect(narrow.length(3)).toBe(0);
  });
});

describe('stackCategories', () => {
  it('lays categories end to end in a fixed order and skips empty ones', () => {
    expect(stackCategories({ corridor: 2, pilot_zone: 0, industrial_park: 3, platform: 1 })).toEqual([
      { category: 'corridor', start: 0, end: 2 },
      { category: 'industrial_park', start: 2, end: 5 },
      { category: 'platform', start: 5, end: 6 },
    ]);
  });
});
