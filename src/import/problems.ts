// A problem found while importing a file. Every problem names the file, and where it concerns one
// record, the record (index and id) and the field, so a planner can find it in their own data.
// Problems carry a code and parameters, not just a sentence, so the page can word them in the
// planner's language when it shows them (the import itself runs in a worker that has no language).
import { formatNumber } from '../i18n/group-digits.ts';
import { formatProblem } from './format-problem.ts';
import type { GeometryPlace, Problem, ProblemCode, ProblemParams, RecordLabel, RecordRef } from './problem-facts.ts';

export * from './problem-facts.ts';

function withMessage(problem: Omit<Problem, 'message'>): Problem {
  return { ...problem, message: formatProblem(problem, 'en') };
}

export function fileProblem(file: string, code: ProblemCode, params: ProblemParams = {}): Problem {
  return withMessage({ file, code, params });
}

export function recordProblem(
  file: string, record: RecordRef, field: string | undefined, code: ProblemCode, params: ProblemParams = {}, place?: GeometryPlace,
): Problem {
  const label: RecordLabel = { kind: record.kind, n: record.n };
  if (record.object !== undefined) label.object = record.object;
  const problem: Omit<Problem, 'message'> = { file, index: record.index, code, params, record: label };
  if (record.id !== undefined) problem.id = record.id;
  if (field !== undefined) problem.field = field;
  if (place !== undefined) problem.place = { field: place.field, path: [...place.path], ...(place.axis === undefined ? {} : { axis: place.axis }) };
  return withMessage(problem);
}

/** 50000 -> "50,000": grouped as both languages write counts, whatever the machine's locale. */
export function formatCount(n: number): string {
  return formatNumber(n, 'en');
}
