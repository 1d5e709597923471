import { describe, expect, it } from 'vitest';
import { detectHeaderRow } from '../../src/import/header-row.ts';

describe('detectHeaderRow', () => {
  it('skips a title and a unit line above the header', () => {
    const grid = [
      ['2024年重点项目表', null, null, null],
      ['单位：亿元', null, null, null],
      ['序号', '项目名称', '经度', '纬度'],
      [1, '天府新区', 104.07, 30.4],
    ];
    expect(detectHeaderRow(grid)).toBe(3);
  });

  it('finds a header after a blank row, and takes the first row when it is the header', () => {
    expect(detectHeaderRow([[null, null], ['name', 'value'], ['a', 1]])).toBe(2);
    expect(detectHeaderRow([['站点', '客流'], ['a', 1], ['b', 2]])).toBe(1);
  });

  it('does not take a row of numbers for a header', () => {
    expect(detectHeaderRow([['说明：示例'], [1, 2, 3], [4, 5, 6]])).toBe(1);
  });
});
