// Digits grouped by thousands, as the reader's language writes them: the one place the app builds
// Intl number formats. Kept apart from the string tables so the import worker, which words its
// problems' counts but must not carry the page's words, groups digits the same way.
import type { Lang } from '../types';

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
