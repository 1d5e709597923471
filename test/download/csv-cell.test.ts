import { describe, expect, it } from 'vitest';
import { csvCell, csvLines, guardFormula, quoteField } from '../../src/download/csv-cell.ts';

describe('guardFormula', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\t=1', '\r=1'])('prefixes %j with a single quote', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone, including a sign inside the text', () => {
    expect(guardFormula('成都 = Chengdu')).toBe('成都 = Chengdu');
    expect(guardFormula('Chengdu-Chongqing')).toBe('Chengdu-Chongqing');
  });
});

describe('quoteField', () => {
  it('quotes commas, quotes and line breaks and doubles inner quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('line1\nline2')).toBe('"line1\nline2"');
    expect(quoteField('plain')).toBe('plain');
  });
});

describe('csvCell', () => {
  it('writes null as an empty cell and numbers unguarded', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('guards before quoting so a quoted formula is still neutralised', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('csvLines', () => {
  it('separates records with CRLF and ends with one', () => {
    expect(csvLines([['a', 1], [null, 'b,c']])).toBe('a,1\r\n,"b,c"\r\n');
  });
});
