// Legend text for choropleth classes: bounds formatted for the reader's language, with the unit.
// "1,000 – 2,500 万人" in both languages (grouping by thousands, as Chinese statistical tables do).
import type { Lang } from '../types.ts';
import type { Breaks } from './choropleth.ts';
import { formatNumber } from '../i18n/number-format.ts';

/** Enough decimals to tell the edges apart: none for a range of 100 or more, up to 3 below 1. */
export function decimalsFor(breaks: Breaks): number {
  if (breaks.length < 2) return 0;
  const span = (breaks[breaks.length - 1] as number) - (breaks[0] as number);
  const smallestGap = Math.min(...breaks.slice(1).map((edge, i) => edge - (breaks[i] as number)).filter((gap) => gap > 0), span);
  if (!(smallestGap > 0)) return 0;
  return Math.min(3, Math.max(0, Math.ceil(-Math.log10(smallestGap)) + 1));
}

export function formatValue(value: number, lang: Lang, decimals: number): string {
  return formatNumber(value, lang, decimals);
}

function withUnit(text: string, unit: string | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/** One label per class, e.g. ["0 – 10 亿元", "10 – 25 亿元"]. */
export function classLabels(breaks: Breaks, lang: Lang, unit?: string): string[] {
  const decimals = decimalsFor(breaks);
  return breaks.slice(0, -1).map((low, i) => withUnit(`${formatValue(low, lang, decimals)} – ${formatValue(breaks[i + 1] as number, lang, decimals)}`, unit));
}

/** A single value as the details and the hover show it. */
export function valueLabel(value: number, lang: Lang, unit?: string): string {
  const decimals = Number.isInteger(value) ? 0 : Math.abs(value) >= 100 ? 1 : 3;
  return withUnit(formatValue(value, lang, decimals), unit);
}
