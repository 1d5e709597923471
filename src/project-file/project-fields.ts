// Reading a project file's fields: a wrong one throws FieldProblem with its path (layers[1].colour),
// which the decoder turns into the one problem it reports.
export class FieldProblem extends Error {
  constructor(readonly field: string) {
    super(field);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function text(record: Record<string, unknown>, key: string, path: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new FieldProblem(`${path}.${key}`);
  return value;
}

export function optionalText(record: Record<string, unknown>, key: string, path: string): string | undefined {
  return record[key] === undefined ? undefined : text(record, key, path);
}
