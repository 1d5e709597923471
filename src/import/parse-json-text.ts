// JSON.parse with an error that says where the text went wrong, in line and column, as planners
// open files in a text editor rather than counting characters.
import { fileProblem, type Problem, type ProblemParams } from './problems.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonText(file: string, text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: fileProblem(file, 'json-invalid', jsonErrorParams(reason, text)) };
  }
}

/** Engines word their errors differently; find the offset in any of their forms. */
export function jsonErrorParams(reason: string, text: string): ProblemParams {
  if (/unexpected end of (json )?(input|data)/i.test(reason)) {
    const { line, column } = lineAndColumn(text, text.length);
    return { reason: 'truncated', line, column };
  }
  const atPosition = /position (\d+)/i.exec(reason);
  if (atPosition?.[1] !== undefined) {
    const { line, column } = lineAndColumn(text, Number(atPosition[1]));
    return { reason: 'unexpected', line, column };
  }
  const atLine = /line (\d+) column (\d+)/i.exec(reason);
  if (atLine?.[1] !== undefined && atLine[2] !== undefined) {
    return { reason: 'unexpected', line: Number(atLine[1]), column: Number(atLine[2]) };
  }
  // Some engines give no offset; their own wording is still better than nothing.
  return { reason: 'unreadable', engine: reason.slice(0, 120) };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, column: last.length + 1 };
}
