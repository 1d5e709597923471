import { expect, it } from 'vitest';
import { parseNumericCell } from '../../src/join/numeric-cell.ts';

it('reads the numbers planners write', () => {
  expect(parseNumericCell('1234.5')).toBe(1234.5);
  expect(parseNumericCell('1,234,567')).toBe(1234567);
  expect(parseNumericCell('１２３')).toBe(123);
  expect(parseNumericCell(' -3.5 ')).toBe(-3.5);
  expect(parseNumericCell('2.5万')).toBe(25000);
  expect(parseNumericCell('1.2亿')).toBe(120000000);
  expect(parseNumericCell('12%')).toBe(12);
});

it('reads empty and non-numbers as no value, never 0', () => {
  for (const cell of ['', '  ', '—', '-', 'n/a', '1,2', '12abc', undefined]) expect(parseNumericCell(cell)).toBeUndefined();
});
