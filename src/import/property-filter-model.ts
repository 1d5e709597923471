// Summarises the properties of imported features so the UI can offer filters on them, as it does
// for the project's own data: a range for numeric fields, a value list for fields with few values.
import type { Feature } from 'geojson';
import { parseDecimal } from './parse-decimal.ts';

export type FieldKind = 'number' | 'string' | 'boolean' | 'mixed';

export interface DistinctValue {
  value: string | number | boolean;
  count: number;
}

export interface PropertyField {
  name: string;
  kind: FieldKind;
  /** features where the field has a value (not missing, null or empty text) */
  count: number;
  /** distinct values by frequency, or null when there are more than maxDistinct */
  distinct: DistinctValue[] | null;
  /** for numeric fields (numbers, or text that is a plain decimal number as CSV cells are) */
  min?: number;
  max?: number;
}

export interface PropertyFilterOptions {
  maxDistinct?: number;
}

interface FieldTally {
  count: number;
  kinds: Set<'number' | 'numeric-text' | 'string' | 'boolean' | 'other'>;
  values: Map<string, DistinctValue> | null;
  min: number;
  max: number;
}

export function propertyFilterModel(features: readonly Feature[], options: PropertyFilterOptions = {}): PropertyField[] {
  const tally = propertyTally(options);
  tally.add(features);
  return tally.fields();
}

/**
 * The same summary built a few features at a time (a large layer is read in slices, the page
 * answering between them): `add` the features in any number of calls, then read `fields`.
 */
export function propertyTally(options: PropertyFilterOptions = {}): { add(features: readonly Feature[]): void; fields(): PropertyField[] } {
  const maxDistinct = options.maxDistinct ?? 20;
  const tallies = new Map<string, FieldTally>();
  return {
    add(features) {
      for (const feature of features) {
        for (const [name, value] of Object.entries(feature.properties ?? {})) {
          if (value === null || value === undefined || value === '') continue;
          let tally = tallies.get(name);
          if (!tally) {
            tally = { count: 0, kinds: new Set(), values: new Map(), min: Infinity, max: -Infinity };
            tallies.set(name, tally);
          }
          addValue(tally, value, maxDistinct);
        }
      }
    },
    fields: () => [...tallies].map(([name, tally]) => summarise(name, tally)),
  };
}

function addValue(tally: FieldTally, value: unknown, maxDistinct: number): void {
  tally.count += 1;
  let numeric: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    tally.kinds.add('number');
    numeric = value;
  } else if (typeof value === 'string') {
    numeric = parseDecimal(value);
    tally.kinds.add(numeric === undefined ? 'string' : 'numeric-text');
  } else if (typeof value === 'boolean') {
    tally.kinds.add('boolean');
  } else {
    // Objects and lists cannot be offered as a filter value.
    tally.kinds.add('other');
    tally.values = null;
    return;
  }
  if (numeric !== undefined) {
    tally.min = Math.min(tally.min, numeric);
    tally.max = Math.max(tally.max, numeric);
  }
  if (tally.values === null) return;
  const distinctValue = value as string | number | boolean;
  const key = `${typeof distinctValue}:${String(distinctValue)}`;
  const existing = tally.values.get(key);
  if (existing) existing.count += 1;
  else if (tally.values.size < maxDistinct) tally.values.set(key, { value: distinctValue, count: 1 });
  else tally.values = null;
}

function summarise(name: string, tally: FieldTally): PropertyField {
  const kinds = tally.kinds;
  const numericOnly = [...kinds].every((k) => k === 'number' || k === 'numeric-text');
  // "2014" beside "unknown" in a CSV column is text, not a mixture.
  const textOnly = [...kinds].every((k) => k === 'string' || k === 'numeric-text');
  const kind: FieldKind = numericOnly ? 'number'
    : textOnly ? 'string'
    : kinds.size === 1 && kinds.has('boolean') ? 'boolean'
    : 'mixed';
  const distinct = tally.values === null ? null
    : [...tally.values.values()].sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  const field: PropertyField = { name, kind, count: tally.count, distinct };
  if (kind === 'number') {
    field.min = tally.min;
    field.max = tally.max;
  }
  return field;
}
