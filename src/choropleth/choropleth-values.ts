// The joined values of a choropleth written into an address, so that an embed (or any reader
// without the planner's table) draws the same colouring: the level and each unit's value by adcode.
// Only what the map shows travels (one number per unit, at most the 221 counties): the table's
// other columns and rows that did not join stay in the planner's browser.
// URL form: chv=<p|c>~<adcode>:<value>,<adcode>:<value>,…
import type { JoinLevel } from '../join/table.ts';

export interface ChoroplethValues {
  level: JoinLevel;
  /** adcode → value */
  values: ReadonlyMap<string, number>;
}

/** More units than Sichuan and Chongqing have counties: anything longer is not ours. */
export const MAX_VALUES = 400;

export function serializeChoroplethValues(values: ChoroplethValues | null): string | null {
  if (values === null || values.values.size === 0) return null;
  const pairs = [...values.values].map(([adcode, value]) => `${adcode}:${String(value)}`);
  return `${values.level === 'county' ? 'c' : 'p'}~${pairs.join(',')}`;
}

export function parseChoroplethValues(raw: string): ChoroplethValues | undefined {
  const match = /^([pc])~(.+)$/.exec(raw);
  if (!match) return undefined;
  const pairs = (match[2] as string).split(',');
  if (pairs.length > MAX_VALUES) return undefined;
  const values = new Map<string, number>();
  for (const pair of pairs) {
    const parts = /^(\d{6}):(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(pair);
    if (!parts) return undefined;
    const value = Number(parts[2]);
    if (!Number.isFinite(value)) return undefined;
    values.set(parts[1] as string, value);
  }
  return { level: match[1] === 'c' ? 'county' : 'prefecture', values };
}
