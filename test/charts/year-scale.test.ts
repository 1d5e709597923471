import { describe, expect, it } from 'vitest';
import { createYearScale, snapPixelsToYears, yearDomain, yearsToPixels } from '../../src/charts/year-scale.ts';

// 2010..2019 is 10 slots over 0..100 px: year Y occupies [10*(Y-2010), 10*(Y-2010) + 10).
const scale = createYearScale(2010, 2019, 0, 100);

describe('snapPixelsToYears', () => {
  it('snaps a brush to the whole years it mostly covers', () => {
    expect(snapPixelsToYears([12, 38], scale)).toEqual([2011, 2013]);
    expect(snapPixelsToYears([16, 44], scale)).toEqual([2012, 2013]);
  });

  it('accepts the edges in either order', () => {
    expect(snapPixelsToYears([38, 12], scale)).toEqual([2011, 2013]);
  });

  it('selects the year under a drag narrower than one slot', () => {
    expect(snapPixelsToYears([51, 53], scale)).toEqual([2015, 2015]);
  });

  it('clamps to the years on the axis', () => {
    expect(snapPixelsToYears([-20, 130], scale)).toEqual([2010, 2019]);
  });
});

describe('yearsToPixels', () => {
  it('covers the whole slots of the range', () => {
    expect(yearsToPixels([2011, 2013], scale)).toEqual([10, 40]);
  });

  it('round-trips with snapping', () => {
    expect(snapPixelsToYears(yearsToPixels([2014, 2017], scale), scale)).toEqual([2014, 2017]);
  });

  it('clips a range reaching past the axis', () => {
    expect(yearsToPixels([2000, 2011], scale)).toEqual([0, 20]);
  });
});

describe('yearDomain', () => {
  it('spans the data years and widens to the current filter', () => {
    expect(yearDomain([2015, 2018], null)).toEqual([2015, 2018]);
    expect(yearDomain([2015, 2018], [2012, 2016])).toEqual([2012, 2018]);
  });

  it('is null when there is nothing to show', () => {
    expect(yearDomain([], null)).toBeNull();
  });
});
