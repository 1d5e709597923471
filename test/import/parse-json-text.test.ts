import { describe, expect, it } from 'vitest';
import { jsonErrorParams, parseJsonText } from '../../src/import/parse-json-text.ts';
import { describeJsonDetail } from '../../src/import/format-problem.ts';

/** The English reason the import problem gives, e.g. `unexpected text at line 2, column 8`. */
const describeJsonError = (reason: string, text: string) => describeJsonDetail(jsonErrorParams(reason, text), 'en');

describe('parseJsonText', () => {
  it('gives the parsed value for good JSON', () => {
    expect(parseJsonText('a.json', '{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('turns a character position into a line and column', () => {
    expect(describeJsonError('Unexpected token } in JSON at position 9', '{\n "a": 1,\n}')).toBe('unexpected text at line 2, column 8');
  });

  it('understands the line/column wording some browsers use', () => {
    expect(describeJsonError('JSON.parse: expected property name at line 3 column 1 of the JSON data', '')).toBe(
      'unexpected text at line 3, column 1',
    );
  });

  it('keeps the engine wording when it gives no position', () => {
    expect(describeJsonError(`Unexpected token 'a', "abc" is not valid JSON`, 'abc')).toBe(
      `the text could not be read as JSON (Unexpected token 'a', "abc" is not valid JSON)`,
    );
  });
});
