// Reads a spreadsheet cell as a number the way a Chinese planner writes one: thousands separators
// ("1,234", "1，234"), full-width digits ("１２３"), the units 万 (10^4) and 亿 (10^8), a trailing
// percent sign. Anything else that is not plainly a decimal number is not a number: a cell such as
// "约100" or "100-200" stays text rather than becoming a guess.

/** Full-width digits, signs, point and comma (U+FF01–FF5E) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const UNITS: Record<string, number> = { '万': 1e4, '亿': 1e8, '万亿': 1e12 };
const GROUPED = /^[+-]?\d{1,3}([,，' ]\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type NumberReading = { ok: true; value: number } | { ok: false };

/**
 * The unit a column title names in brackets, "总投资（亿元）" → 10^8, "人口(万人)" → 10^4, else 1.
 * A cell "8.5亿" in a 亿元 column is 8.5 of the column's unit, not 850,000,000 of them.
 */
export function headerUnit(header: string): number {
  const unit = /[(（]\s*(万亿|万|亿)[^)）]*[)）]\s*$/.exec(toHalfWidth(header))?.[1];
  return unit === undefined ? 1 : (UNITS[unit] ?? 1);
}

/** A cell value (already a number, or text) as a number; `ok: false` when it is not one. `unit`: the column's (headerUnit). */
export function readNumber(cell: unknown, unit = 1): NumberReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  if (typeof cell !== 'string') return { ok: false };
  let text = toHalfWidth(cell).trim();
  if (text === '') return { ok: false };
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1).trim();
  }
  const written = /(万亿|万|亿)$/.exec(text)?.[0];
  if (written !== undefined) {
    scale *= (UNITS[written] ?? 1) / unit;
    text = text.slice(0, -written.length).trim();
  }
  if (GROUPED.test(text)) text = text.replace(/[,，' ]/g, '');
  if (!PLAIN.test(text)) return { ok: false };
  // Multiplying by 10^4 adds binary noise (1.2 * 1e4 = 12000.000000000002); round to the digits given.
  const value = Number(text) * scale;
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: scale === 1 ? value : Number(value.toPrecision(15)) };
}
