import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/import/read-number.ts';

const value = (cell: unknown) => {
  const reading = readNumber(cell);
  return reading.ok ? reading.value : 'not a number';
};

describe('readNumber: numbers as planners write them', () => {
  it('reads thousands separators, full-width digits, 万 and 亿 and percentages', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1,250.5')).toBe(1250.5);
    expect(value('1，234，567')).toBe(1234567);
    expect(value('３５')).toBe(35);
    expect(value('１２．５')).toBe(12.5);
    expect(value('8.5亿')).toBe(850_000_000);
    expect(value('1.2万')).toBe(12_000);
    expect(value('3万亿')).toBe(3e12);
    expect(value('12.5%')).toBe(0.125);
    expect(value(' -7 ')).toBe(-7);
    expect(value(42)).toBe(42);
  });

  it('does not guess: ranges, approximations, misplaced separators and empty cells are not numbers', () => {
    for (const text of ['约20', '100-200', '12,34', '1,2345', '', '   ', 'abc', '0x10', '--5', true, null]) expect(value(text)).toBe('not a number');
  });
});

describe('readNumber with the unit a column title names', () => {
  it('reads a cell in the column unit as that many units, and converts other units', async () => {
    const { headerUnit } = await import('../../src/import/read-number.ts');
    expect(headerUnit('总投资（亿元）')).toBe(1e8);
    expect(headerUnit('常住人口(万人)')).toBe(1e4);
    expect(headerUnit('GDP')).toBe(1);
    expect(readNumber('8.5亿', 1e8)).toEqual({ ok: true, value: 8.5 });
    expect(readNumber('3000万', 1e8)).toEqual({ ok: true, value: 0.3 });
    expect(readNumber('1,200', 1e8)).toEqual({ ok: true, value: 1200 });
  });
});
