// Classes for a choropleth: where the class bounds lie (quantiles, equal intervals, Jenks-style
// natural breaks by ckmeans, or the planner's own breaks) and which class a value falls in. Pure.
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

import { MAX_CLASSES, MIN_CLASSES, type ClassMethod } from './class-methods.ts';

export type { ClassMethod } from './class-methods.ts';

/**
 * Class edges, ascending: class i holds breaks[i] ≤ v < breaks[i + 1]; the last class also holds its
 * upper edge. So k classes have k + 1 edges, the first the minimum and the last the maximum.
 */
export type Breaks = number[];

function dedupe(edges: number[]): number[] {
  return edges.filter((edge, i) => i === 0 || edge !== edges[i - 1]);
}

/**
 * The edges for `values` (finite numbers; no-data values are left out by the caller).
 * `manual` takes the planner's inner breaks; values outside them widen the first or last class.
 * Tied values can make fewer classes than asked (a quantile that falls on the same value twice).
 */
export function classBreaks(values: readonly number[], method: ClassMethod, classes: number, manual: readonly number[] = []): Breaks {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  if (min === max) return [min, max];
  const k = Math.min(Math.max(Math.round(classes), MIN_CLASSES), MAX_CLASSES);
  switch (method) {
    case 'quantile': {
      const inner = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
      return dedupe([min, ...inner, max]);
    }
    case 'equal':
      return equalIntervalBreaks(sorted, k);
    case 'ckmeans': {
      // ckmeans (Wang & Song): optimal 1-D clusters, the modern form of Jenks natural breaks.
      const clusters = ckmeans(sorted, Math.min(k, new Set(sorted).size));
      return dedupe([...clusters.map((cluster) => cluster[0] as number), max]);
    }
    case 'manual': {
      const inner = [...new Set(manual.filter(Number.isFinite))].sort((a, b) => a - b).filter((b) => b > min && b < max);
      return [min, ...inner, max];
    }
  }
}

/** The class of a value (0-based), or -1 for no data (not a finite number) or no classes. */
export function classOf(value: number | undefined | null, breaks: Breaks): number {
  if (value === undefined || value === null || !Number.isFinite(value) || breaks.length < 2) return -1;
  const last = breaks.length - 2;
  if (value < (breaks[0] as number)) return 0;
  for (let i = 0; i < last; i++) if (value < (breaks[i + 1] as number)) return i;
  return last;
}
