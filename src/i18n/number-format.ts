// Numbers as the reader's language writes them (digits grouped by group-digits.ts), so the map
// details, feature facts, table, question answers, legend classes and charts group digits and round
// the same way. Both languages group by thousands ("14,335"), as Chinese statistical tables
// do; units (平方千米 / km², 万亿元 / trillion) are added by the caller or the string table.
import type { Lang } from '../types';
import { translate } from './translate';
import { formatNumber } from './group-digits';

export { formatNumber };

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
