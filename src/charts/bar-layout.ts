// Geometry of the horizontal bar charts (one row per item, label on the left, count on the right).
// Pure, so sizes and stacking are unit-tested without a DOM.
import { scaleLinear } from 'd3-scale';
import { CATEGORIES, type Category } from '../types.ts';
import type { CategoryCounts } from './aggregate.ts';

export interface BarLayoutInput {
  width: number;
  rowCount: number;
  maxValue: number;
  /** room for the row labels on the left */
  labelWidth: number;
  rowHeight: number;
  /** room for the count written after the longest bar */
  valueWidth: number;
  top: number;
}

export interface BarLayout {
  height: number;
  /** x of the bars' common start */
  barLeft: number;
  /** count -> bar length in px */
  length: (value: number) => number;
  /** row index -> y of the row's top */
  rowTop: (index: number) => number;
  barHeight: number;
}

export function horizontalBarLayout(input: BarLayoutInput): BarLayout {
  const barLeft = input.labelWidth;
  const available = Math.max(0, input.width - input.labelWidth - input.valueWidth);
  // a zero maximum (nothing counted) still gives a valid scale whose bars are all empty
  const scale = scaleLinear().domain([0, Math.max(1, input.maxValue)]).range([0, available]);
  return {
    height: input.top + input.rowCount * input.rowHeight,
    barLeft,
    length: (value) => scale(value),
    rowTop: (index) => input.top + index * input.rowHeight,
    // a gap between rows keeps neighbouring bars apart
    barHeight: Math.max(1, Math.round(input.rowHeight * 0.7)),
  };
}

export interface StackSegment {
  category: Category;
  /** cumulative counts before and after this segment */
  start: number;
  end: number;
}

/** Category segments of one stacked bar, in the fixed category order; empty categories omitted. */
export function stackCategories(counts: CategoryCounts): StackSegment[] {
  const segments: StackSegment[] = [];
  let start = 0;
  for (const category of CATEGORIES) {
    const value = counts[category];
    if (value <= 0) continue;
    segments.push({ category, start, end: start + value });
    start += value;
  }
  return segments;
}
