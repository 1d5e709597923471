// Strict decimal reading for coordinates and filter bounds written as text.

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A coordinate written as text. Stricter than Number(): Number('') is 0 and Number('0x10') is 16,
 * both of which would put a feature somewhere the planner never meant.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
