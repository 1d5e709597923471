import { describe, expect, it } from 'vitest';
import { clampYear, nextPlayYear, timelineCounts, timelineEnd } from '../../src/timeline/timeline';
import { NO_FILTERS } from '../../src/filters/filter-state';
import type { ProjectFeature } from '../../src/types';

const feature = (id: string, year: number | null, subtype = 'etdz'): ProjectFeature =>
  ({ id, properties: { id, year, subtype, category: 'industrial_park', province: 'sichuan', prefectures: [], level: null, status: 'designated', precision: 'exact', in_planning_area: 'yes' } }) as unknown as ProjectFeature;

const features = [feature('a', 1995), feature('b', 2010), feature('c', 2021), feature('d', null), feature('e', 2015, 'htz')];

describe('timelineCounts', () => {
  it('counts what stood in the year, and the unknown years apart', () => {
    expect(timelineCounts(features, { ...NO_FILTERS, asOf: 2010 })).toEqual({ shown: 2, unknownYear: 1, total: 5 });
    expect(timelineCounts(features, { ...NO_FILTERS, asOf: 2000 })).toEqual({ shown: 1, unknownYear: 1, total: 5 });
    expect(timelineCounts(features, { ...NO_FILTERS, asOf: 2026 })).toEqual({ shown: 4, unknownYear: 1, total: 5 });
  });

  it('applies the other filters first', () => {
    expect(timelineCounts(features, { ...NO_FILTERS, hiddenSubtypes: ['htz'], asOf: 2020 })).toEqual({ shown: 2, unknownYear: 1, total: 4 });
  });
});

describe('timeline years', () => {
  it('ends in the current year and plays once', () => {
    expect(timelineEnd(new Date(2026, 5, 1))).toBe(2026);
    expect(nextPlayYear(2024, 2026)).toBe(2025);
    expect(nextPlayYear(2026, 2026)).toBeNull();
    expect(clampYear(1990, 2026)).toBe(2000);
    expect(clampYear(2030, 2026)).toBe(2026);
  });
});
