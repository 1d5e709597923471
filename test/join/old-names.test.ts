import { expect, it } from 'vitest';
import { OLD_NAMES } from '../../src/join/old-names.ts';
import { counties } from './divisions.ts';

it('every old name points at a county that the shipped list has, and no old code is in use today', () => {
  const units = new Map(counties().map((unit) => [unit.adcode, unit.name_zh]));
  for (const old of OLD_NAMES) {
    expect(units.has(old.current), `${old.name} → ${old.current}`).toBe(true);
    if (old.adcode !== null) expect(units.has(old.adcode), old.adcode).toBe(false);
  }
  expect(units.get('500156')).toBe('武隆区');
  expect(units.get('500154')).toBe('开州区');
});
