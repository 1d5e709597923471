// A table cell read as a number, the way planners' spreadsheets write them: thousands separators,
// full-width digits, a trailing 万 or 亿, a percent sign. Anything else is not a number (undefined),
// so an empty or "—" cell is "no data", never 0.

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export function parseNumericCell(cell: string | undefined): number | undefined {
  if (cell === undefined) return undefined;
  let text = cell.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  // Grouping commas only between digit groups of three: "1,234.5" yes, "1,2" no.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text.replace(/[万亿%]$/, ''))) text = text.replace(/,/g, '');
  let scale = 1;
  const last = text.slice(-1);
  if (last in MULTIPLIERS) {
    scale = MULTIPLIERS[last] ?? 1;
    text = text.slice(0, -1);
  } else if (last === '%') {
    text = text.slice(0, -1);
  }
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text) * scale;
  return Number.isFinite(value) ? value : undefined;
}
