// Pixel <-> year arithmetic for the timeline. Pure, so the brush's snapping is unit-tested.
// Each year is a slot [year, year + 1) on a linear scale: a bar fills its slot and a brushed
// pixel range is snapped to the whole years whose slots it covers most of.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export type YearRange = [from: number, to: number];

export type YearScale = ScaleLinear<number, number>;

/** first..last inclusive mapped onto [left, right] pixels. */
export function createYearScale(first: number, last: number, left: number, right: number): YearScale {
  return scaleLinear().domain([first, last + 1]).range([left, right]);
}

/** The years shown: the data's years, widened to include the current filter so its brush fits. */
export function yearDomain(dataYears: readonly number[], filter: YearRange | null): YearRange | null {
  const years = filter ? [...dataYears, filter[0], filter[1]] : [...dataYears];
  if (years.length === 0) return null;
  return [Math.min(...years), Math.max(...years)];
}

/**
 * A brushed pixel range -> the inclusive range of whole years it covers, by rounding each edge to
 * the nearest slot boundary. A drag narrower than one slot still selects the year under it, so a
 * short drag never selects nothing. Clamped to the scale's years.
 */
export function snapPixelsToYears(pixels: readonly [number, number], scale: YearScale): YearRange {
  const [firstYear, endYear] = scale.domain() as [number, number];
  const lastYear = endYear - 1;
  const clamp = (year: number): number => Math.min(lastYear, Math.max(firstYear, year));
  const left = Math.min(pixels[0], pixels[1]);
  const right = Math.max(pixels[0], pixels[1]);
  let from = Math.round(scale.invert(left));
  let toExclusive = Math.round(scale.invert(right));
  if (toExclusive <= from) {
    from = Math.floor(scale.invert((left + right) / 2));
    toExclusive = from + 1;
  }
  return [clamp(from), clamp(toExclusive - 1)];
}

/** A year range -> the brush's pixel extent covering those years' whole slots. */
export function yearsToPixels(range: YearRange, scale: YearScale): [number, number] {
  const [firstYear, endYear] = scale.domain() as [number, number];
  const from = Math.max(firstYear, Math.min(range[0], range[1]));
  const toExclusive = Math.min(endYear, Math.max(range[0], range[1]) + 1);
  return [scale(from), scale(Math.max(from, toExclusive))];
}
