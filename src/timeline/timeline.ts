// The timeline: the map as it stood in each year from 2000 to today. A feature counts from its year
// (designated, started or opened; the data has one year per feature, and its status is the one it
// has had since then). Features whose year is unknown cannot be placed in time: they are counted
// apart and said, never guessed. Pure; the year itself lives in the filters (asOf, URL `asof`).
import type { ProjectFeature } from '../types';
import type { FeatureFilters } from '../filters/filter-state';
import { matchesFilters } from '../filters/predicates';

export const TIMELINE_START = 2000;

/** The last year of the timeline: the current year. */
export function timelineEnd(now: Date = new Date()): number {
  return now.getFullYear();
}

/** Clamped into [TIMELINE_START, end]. */
export function clampYear(year: number, end: number): number {
  return Math.min(end, Math.max(TIMELINE_START, Math.round(year)));
}

export interface TimelineCounts {
  /** on the map in that year (the other filters applied) */
  shown: number;
  /** passing the other filters, but with an unknown year: left off the timeline */
  unknownYear: number;
  /** passing the other filters, whatever their year */
  total: number;
}

export function timelineCounts(features: readonly ProjectFeature[], filters: FeatureFilters): TimelineCounts {
  const others = { ...filters, asOf: null };
  let shown = 0;
  let unknownYear = 0;
  let total = 0;
  for (const feature of features) {
    if (!matchesFilters(feature.properties, others)) continue;
    total += 1;
    if (feature.properties.year === null) unknownYear += 1;
    else if (filters.asOf === null || feature.properties.year <= filters.asOf) shown += 1;
  }
  return { shown, unknownYear, total };
}

/** The next year when playing, or null at the end (the embed plays once). */
export function nextPlayYear(year: number, end: number): number | null {
  return year >= end ? null : year + 1;
}
