// The timeline: the map as it stood in each year from 2000 to today. A feature counts from its year
// (designated, started or opened; the data has one year per feature, and its status is the one it
// has had since then). Features whose year is unknown cannot be placed in time: they are counted
// apart and said, never guessed. Pure; the year itself lives in the filters (asOf, URL `asof`).
import type { ProjectFeature } from '../types';

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
  /** on the map in that year */
  shown: number;
  /** with an unknown year: left off the timeline */
  unknownYear: number;
  /** every one of the features, whatever their year */
  total: number;
}

/**
 * The timeline's numbers for the year `asOf` (null: every year) over `features`: the scene's set with
 * everything but the year applied (the filters and the spatial question), so under an area the
 * totals count only the projects inside it, as the map does.
 */
export function timelineCounts(features: readonly ProjectFeature[], asOf: number | null): TimelineCounts {
  let shown = 0;
  let unknownYear = 0;
  for (const feature of features) {
    if (feature.properties.year === null) unknownYear += 1;
    else if (asOf === null || feature.properties.year <= asOf) shown += 1;
  }
  return { shown, unknownYear, total: features.length };
}

/** The next year when playing, or null at the end (the embed plays once). */
export function nextPlayYear(year: number, end: number): number | null {
  return year >= end ? null : year + 1;
}
