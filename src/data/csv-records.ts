// A small RFC 4180 CSV reader that remembers the line on which each record starts, so validation
// messages can point a spreadsheet editor at `file:line` even when a quoted field spans lines.

export interface CsvRecord {
  /** 1-based line number of the first character of the record (the header is line 1) */
  line: number;
  /** field values keyed by header name; missing trailing fields are '' */
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/** Splits CSV text into raw rows, each with its starting line. Handles "" escapes, CRLF and a BOM. */
export function parseCsvRows(text: string): { line: number; cells: string[] }[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let rowHasContent = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      rowHasContent = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      rowHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      if (rowHasContent || cell !== '') {
        cells.push(cell);
        rows.push({ line: rowStart, cells });
      }
      cells = [];
      cell = '';
      rowHasContent = false;
      line++;
      rowStart = line;
    } else {
      cell += ch;
      rowHasContent = true;
    }
  }
  if (rowHasContent || cell !== '') {
    cells.push(cell);
    rows.push({ line: rowStart, cells });
  }
  return rows;
}

/** Parses CSV text with a header row into records keyed by column name. */
export function parseCsvTable(text: string): CsvTable {
  const rows = parseCsvRows(text);
  const header = (rows[0]?.cells ?? []).map((h) => h.trim());
  const records = rows.slice(1).map(({ line, cells }) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = cells[i] ?? '';
    });
    return { line, values };
  });
  return { header, records };
}
