// A problem found while importing a file. Every problem names the file, and where it concerns one
// record, the record (index and id) and the field, so a planner can find it in their own data.

export interface Problem {
  file: string;
  /** index of the record in the file's list of records (0-based), absent for file-level problems */
  index?: number;
  /** the record's id, when it has one */
  id?: string;
  /** the property, column or geometry part concerned */
  field?: string;
  /** the full sentence shown to the user, e.g. `parks.geojson: feature 3: ring 0 of "geometry" is not closed` */
  message: string;
}

/** Where a problem is: how the record is called in its file ("feature 3", "row 14"), its index and id. */
export interface RecordRef {
  index: number;
  label: string;
  id?: string;
}

const MAX_QUOTED = 40;

/** Shortens and quotes a value for a message; control characters are shown escaped so they cannot hide text. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  // Bidirectional overrides (e.g. U+202E) could make a message read backwards.
  text = text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

export function describeRecord(record: RecordRef): string {
  return record.id === undefined ? record.label : `${record.label} (id ${quoteId(record.id)})`;
}

function quoteId(id: string): string {
  const plain = /^[\w.\-:/\u4e00-\u9fff]{1,40}$/.test(id);
  return plain ? id : quoteValue(id);
}

export function fileProblem(file: string, text: string): Problem {
  return { file, message: `${file}: ${text}` };
}

export function recordProblem(file: string, record: RecordRef, field: string | undefined, text: string): Problem {
  const problem: Problem = { file, index: record.index, message: `${file}: ${describeRecord(record)}: ${text}` };
  if (record.id !== undefined) problem.id = record.id;
  if (field !== undefined) problem.field = field;
  return problem;
}

/** 50000 -> "50,000": fixed grouping, whatever the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
