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

/** An area with its unit, "14,335 km²" / "14,335 平方千米", rounded as `formatNumber` does. */
export function formatKm2(km2: number, lang: Lang, maxDigits = 0, minDigits = 0): string {
  return translate(lang, 'unit.km2', { value: formatNumber(km2, lang, maxDigits, minDigits) });
}
