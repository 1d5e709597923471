import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/data/csv-records.ts';

describe('parseCsvTable', () => {
  it('keeps quoted commas, quotes and line breaks, and reports where each record starts', () => {
    const text = '\ufeffid,note\r\na,"x, ""y"""\r\nb,"two\nlines"\nc,\n';
    const table = parseCsvTable(text);
    expect(table.header).toEqual(['id', 'note']);
    expect(table.records).toEqual([
      { line: 2, values: { id: 'a', note: 'x, "y"' } },
      { line: 3, values: { id: 'b', note: 'two\nlines' } },
      { line: 5, values: { id: 'c', note: '' } },
    ]);
  });

  it('skips blank lines but still counts them', () => {
    expect(parseCsvTable('id\n\nz\n').records).toEqual([{ line: 3, values: { id: 'z' } }]);
  });
});
