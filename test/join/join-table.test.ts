import { expect, it } from 'vitest';
import { buildDivisionIndex } from '../../src/join/division-index.ts';
import { joinRows } from '../../src/join/join-table.ts';
import { prefectures } from './divisions.ts';

it('reports each row: matched by which key, unmatched with candidates, a second row for a unit as a duplicate', () => {
  const index = buildDivisionIndex(prefectures());
  const report = joinRows(index, [
    { n: 2, key: '成都' },
    { n: 3, key: '510300' },
    { n: 4, key: '绵杨市' },
    { n: 5, key: '成都市' },
    { n: 6, key: '' },
  ]);
  expect(report.matched).toEqual([
    { n: 2, key: '成都', adcode: '510100', by: 'short-name' },
    { n: 3, key: '510300', adcode: '510300', by: 'adcode' },
  ]);
  expect(report.unmatched).toEqual([
    { n: 4, key: '绵杨市', reason: 'not-found', candidates: ['510700'] },
    { n: 5, key: '成都市', reason: 'duplicate', candidates: ['510100'], duplicateOf: 2 },
    { n: 6, key: '', reason: 'empty-key', candidates: [] },
  ]);
  expect(report.rowByUnit.get('510100')).toBe(2);
  expect(report.unitsWithoutRow).toHaveLength(59 - 2);
});
