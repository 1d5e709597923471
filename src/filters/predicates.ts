// One predicate per filter, each pure and separately testable; matchesFilters combines them.
// A filter with an empty set restricts nothing.
import type { ProjectProperties } from '../types';
import type { FeatureFilters } from './filter-state';

type Props = ProjectProperties;

export function matchesSubtype(p: Props, hiddenSubtypes: readonly string[]): boolean {
  return !hiddenSubtypes.includes(p.subtype);
}

export function matchesProvince(p: Props, provinces: FeatureFilters['provinces']): boolean {
  if (provinces.length === 0) return true;
  if (p.province === null) return false;
  if (p.province === 'both') return true;
  return provinces.includes(p.province);
}

export function matchesPrefecture(p: Props, prefectures: readonly string[]): boolean {
  return prefectures.length === 0 || p.prefectures.some((adcode) => prefectures.includes(adcode));
}

export function matchesLevel(p: Props, levels: FeatureFilters['levels']): boolean {
  return levels.length === 0 || levels.includes(p.level ?? 'unknown');
}

export function matchesStatus(p: Props, statuses: FeatureFilters['statuses']): boolean {
  return statuses.length === 0 || statuses.includes(p.status ?? 'unknown');
}

/** A feature whose year is unknown cannot be said to fall in a range, so a range leaves it out. */
export function matchesYears(p: Props, years: FeatureFilters['years']): boolean {
  if (years === null) return true;
  return p.year !== null && p.year >= years[0] && p.year <= years[1];
}

export function matchesPrecision(p: Props, precisions: FeatureFilters['precisions']): boolean {
  return precisions.length === 0 || precisions.includes(p.precision);
}

export function matchesPlanningArea(p: Props, inPlanningArea: boolean): boolean {
  return !inPlanningArea || p.in_planning_area !== 'no';
}

/** As the map stood in `asOf`: designated, built or opened in that year or before. */
export function matchesAsOf(p: Props, asOf: FeatureFilters['asOf']): boolean {
  if (asOf === null) return true;
  return p.year !== null && p.year <= asOf;
}

export function matchesFilters(p: Props, f: FeatureFilters): boolean {
  return (
    matchesSubtype(p, f.hiddenSubtypes) &&
    matchesProvince(p, f.provinces) &&
    matchesPrefecture(p, f.prefectures) &&
    matchesLevel(p, f.levels) &&
    matchesStatus(p, f.statuses) &&
    matchesYears(p, f.years) &&
    matchesPrecision(p, f.precisions) &&
    matchesPlanningArea(p, f.inPlanningArea) &&
    matchesAsOf(p, f.asOf)
  );
}
