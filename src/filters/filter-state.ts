// The filter part of the app state: which project features the map, legend, list and export show.
// Every set is a sorted array so that equal filters compare equal (deepEqual) and serialise alike.
// An empty set means "no restriction"; subtypes are the exception: the set lists the hidden ones,
// so that a subtype added to the data later is shown by default.
import type { Level, Precision, ProvinceCode, Status } from '../types';

export type ProvinceFilterValue = Exclude<ProvinceCode, 'both'>;
/** 'unknown' matches features whose value was not verified (null) */
export type LevelFilterValue = Level | 'unknown';
export type StatusFilterValue = Status | 'unknown';

export interface FeatureFilters {
  /** subtypes switched off in the layers panel (a whole category = all its subtypes) */
  readonly hiddenSubtypes: readonly string[];
  /** a feature in both provinces matches either */
  readonly provinces: readonly ProvinceFilterValue[];
  /** prefecture-level adcodes; a feature matches when it lies in or names any of them */
  readonly prefectures: readonly string[];
  readonly levels: readonly LevelFilterValue[];
  readonly statuses: readonly StatusFilterValue[];
  /** inclusive [from, to]; when set, features with an unknown year are left out */
  readonly years: readonly [number, number] | null;
  readonly precisions: readonly Precision[];
  /** only features at least partly inside the economic-circle planning area */
  readonly inPlanningArea: boolean;
  /** the timeline: the map as it stood in this year (features whose year is at most this one);
   * when set, features with an unknown year are left out and counted apart (src/timeline/) */
  readonly asOf: number | null;
}

export const NO_FILTERS: FeatureFilters = Object.freeze({
  hiddenSubtypes: [],
  provinces: [],
  prefectures: [],
  levels: [],
  statuses: [],
  years: null,
  precisions: [],
  inPlanningArea: false,
  asOf: null,
});

/** Sorted, without duplicates: the canonical form of a filter set. */
export function canonicalSet<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort();
}

/** The set with `value` added or removed, canonical. */
export function toggleInSet<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  return canonicalSet(on ? [...values, value] : values.filter((v) => v !== value));
}

export function isFiltering(filters: FeatureFilters): boolean {
  return (
    filters.hiddenSubtypes.length > 0 ||
    filters.provinces.length > 0 ||
    filters.prefectures.length > 0 ||
    filters.levels.length > 0 ||
    filters.statuses.length > 0 ||
    filters.years !== null ||
    filters.precisions.length > 0 ||
    filters.inPlanningArea ||
    filters.asOf !== null
  );
}
