// Which features of a user layer pass the planner's filter on one of its properties. Pure, so the
// map, the table and the export all agree on what "filtered" means.
import type { Feature } from 'geojson';
import { parseDecimal } from '../import/parse-decimal.ts';

/** A value filter keeps features whose property equals the value (compared as text, as shown). */
export interface ValueFilter {
  kind: 'value';
  field: string;
  value: string;
}

/** A range filter keeps features whose numeric property lies within [min, max] (either bound may be open). */
export interface RangeFilter {
  kind: 'range';
  field: string;
  min?: number;
  max?: number;
}

/** A text filter keeps features whose property, as shown, contains the text (any case). */
export interface TextFilter {
  kind: 'text';
  field: string;
  contains: string;
}

export type LayerFilter = ValueFilter | RangeFilter | TextFilter;

export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseDecimal(value);
  return undefined;
}

export function matchesFilter(feature: Feature, filter: LayerFilter): boolean {
  const value: unknown = feature.properties?.[filter.field];
  if (filter.kind === 'value') {
    if (value === null || value === undefined || typeof value === 'object') return false;
    return String(value) === filter.value;
  }
  if (filter.kind === 'text') {
    if (value === null || value === undefined) return false;
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return text.toLocaleLowerCase().includes(filter.contains.trim().toLocaleLowerCase());
  }
  const number = numericValue(value);
  // Unknown values are not in any range: showing them would claim a value they do not have.
  if (number === undefined) return false;
  if (filter.min !== undefined && number < filter.min) return false;
  if (filter.max !== undefined && number > filter.max) return false;
  return true;
}

export function filterFeatures(features: readonly Feature[], filter: LayerFilter | undefined): Feature[] {
  return filter ? features.filter((feature) => matchesFilter(feature, filter)) : [...features];
}
