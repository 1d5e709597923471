// Numbers as the reader's language writes them: the one place the app builds Intl number formats,
// so the map details, feature facts, table, question answers, legend classes and charts group digits
// and round the same way. Both languages group by thousands ("14,335"), as Chinese statistical tables
// do; units (平方千米 / km², 万亿元 / trillion) are added by the caller or the string table.
import type { Lang } from '../types';
import { translate } from './translate';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

// Intl.NumberFormat is slow to build and the table formats a cell per row: keep one per shape.
const formats = new Map<string, Intl.NumberFormat>();

/** `value` with thousands separators and at most `maxDigits` (at least `minDigits`) decimals. */
export function formatNumber(value: number, lang: Lang, maxDigits = 0, minDigits = 0): string {
  const key = `${lang}/${minDigits}/${maxDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
    formats.set(key, format);
  }
  return format.format(value);
}

/**
 * An area's number, the one rounding of areas everywhere (details, table, question answers): four
 * significant figures, whole km² from 1,000 ("14,335", "394.2", "90.32", "1.083"), no trailing zeros,
 * so a source's "1.083" keeps its digits and a drawn polygon claims no more than that.
 */
export function formatAreaNumber(km2: number, lang: Lang): string {
  const size = Math.abs(km2);
  const digits = size >= 1000 ? 0 : size >= 100 ? 1 : size >= 10 ? 2 : 3;
  return formatNumber(km2, lang, digits);
}

/** An area with its unit, "14,335 km²" / "14,335 平方千米", rounded by `formatAreaNumber`. */
export function formatArea(km2: number, lang: Lang): string {
  return translate(lang, 'unit.km2', { value: formatAreaNumber(km2, lang) });
}
