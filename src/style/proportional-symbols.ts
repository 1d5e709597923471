// Proportional symbols: a point layer's circles sized by a numeric property, their AREA proportional
// to the value (the radius grows with its square root, so a value twice as large looks twice as
// large, as cartography texts advise). Features without a number are drawn as small hollow circles
// and counted as "no value": unknown is never drawn as zero. Pure; the map and the legend read it.
import type { Feature } from 'geojson';

/** Radius (px) of the largest value. */
export const MAX_RADIUS = 22;
/** Radius of a feature whose value is missing or not a number. */
export const NO_VALUE_RADIUS = 3;

export interface SymbolScale {
  column: string;
  max: number;
  /** features with a number (zero and negatives included) */
  valued: number;
  /** features without one */
  missing: number;
  /** the circle's radius for a feature's value; undefined when the feature has no number */
  radius(value: unknown): number | undefined;
  /** three round values for the size legend, largest first, each with its radius */
  legend: { value: number; radius: number }[];
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const isPoint = (feature: Feature) => feature.geometry?.type === 'Point' || feature.geometry?.type === 'MultiPoint';

/**
 * The properties a point layer can be sized by (numbers in at least one point feature, never
 * negative), read a few features at a time (a large layer in slices): `add` them in any number of
 * calls, then read `columns`.
 */
export function sizeableTally(): { add(features: readonly Feature[]): void; columns(): string[] } {
  const columns = new Map<string, boolean>();
  return {
    add(features) {
      for (const feature of features) {
        if (!isPoint(feature)) continue;
        for (const [key, value] of Object.entries(feature.properties ?? {})) {
          const n = numberOf(value);
          if (n === undefined) continue;
          columns.set(key, (columns.get(key) ?? true) && n >= 0);
        }
      }
    },
    // Sizes show magnitudes: a column with negative values (a growth rate) cannot be drawn as areas.
    columns: () => [...columns].filter(([, allPositive]) => allPositive).map(([key]) => key),
  };
}

/** Rounds down to two significant figures: 12,345 → 12,000; 0.0437 → 0.043. */
export function roundDown2(value: number): number {
  if (!(value > 0)) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Number((Math.floor(value / step) * step).toPrecision(2));
}

export function symbolScale(features: readonly Feature[], column: string): SymbolScale | undefined {
  let max = 0;
  let valued = 0;
  let missing = 0;
  for (const feature of features) {
    if (!isPoint(feature)) continue;
    const n = numberOf(feature.properties?.[column]);
    if (n === undefined) missing++;
    else {
      valued++;
      if (n > max) max = n;
    }
  }
  if (valued === 0) return undefined;
  return {
    column, max, valued, missing, legend: sizeLegend(max),
    radius: (value) => {
      const n = numberOf(value);
      return n === undefined ? undefined : radiusFor(n, max);
    },
  };
}

/** The radius of `value` on a scale whose largest value is `max`; the export reuses it. */
export function radiusFor(value: number, max: number): number {
  return max > 0 ? MAX_RADIUS * Math.sqrt(Math.max(0, value) / max) : 0;
}

/** Three round values for the size legend, largest first: the largest, a quarter and a sixteenth (each circle half the radius of the one before). */
export function sizeLegend(max: number): { value: number; radius: number }[] {
  const top = roundDown2(max);
  return [top, roundDown2(top / 4), roundDown2(top / 16)].filter((value, i, all) => value > 0 && all.indexOf(value) === i).map((value) => ({ value, radius: radiusFor(value, max) }));
}

/** A feature's number in `column`, or undefined. */
export function numericProperty(feature: Feature, column: string): number | undefined {
  return numberOf(feature.properties?.[column]);
}
