import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { COLUMN_SAMPLE, firstUserRows, propertyColumns, sortUserRows, userTableRows } from '../../src/user-data/user-table-model.ts';

const feature = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [104, 30] } });
const layer = {
  id: 'L1',
  name: '重点项目',
  features: [
    feature({ 项目名称: '天府国际机场', 投资亿元: 718, 区县: '简阳市' }),
    feature({ 项目名称: '成都东站', 投资亿元: '95', 区县: '成华区' }),
    feature({ 项目名称: '科学城', 投资亿元: null, 区县: '天府新区' }),
    feature({ 项目名称: '重庆西站', 投资亿元: 1200 }),
  ],
};

describe('the user features table', () => {
  it('names each row from the layer\'s name column and offers every property as a column', () => {
    const rows = userTableRows([layer]);
    expect(rows.map((r) => r.name)).toEqual(['天府国际机场', '成都东站', '科学城', '重庆西站']);
    expect(propertyColumns(rows)).toEqual(['项目名称', '投资亿元', '区县']);
  });

  it('sorts numbers as numbers (text cells too), unknown last in both directions', () => {
    const rows = userTableRows([layer]);
    const up = sortUserRows(rows, { column: { kind: 'property', key: '投资亿元' }, direction: 'ascending' }, 'zh');
    expect(up.map((r) => r.name)).toEqual(['成都东站', '天府国际机场', '重庆西站', '科学城']);
    const down = sortUserRows(rows, { column: { kind: 'property', key: '投资亿元' }, direction: 'descending' }, 'zh');
    expect(down.map((r) => r.name)).toEqual(['重庆西站', '天府国际机场', '成都东站', '科学城']);
  });

  it('sorts names in pinyin order for Chinese (重庆 under C)', () => {
    const rows = userTableRows([layer]);
    expect(sortUserRows(rows, { column: { kind: 'name' }, direction: 'ascending' }, 'zh').map((r) => r.name)).toEqual(['成都东站', '重庆西站', '科学城', '天府国际机场']);
  });
});

describe('a column of figures with a note in one cell', () => {
  it('keeps the numbers together, the note after them and unknown last, both ways', () => {
    const rows = userTableRows([{ id: 'L', name: 'x', features: [feature({ 名称: 'a', 投资: '约20' }), feature({ 名称: 'b', 投资: 5 }), feature({ 名称: 'c' }), feature({ 名称: 'd', 投资: 9 })] }]);
    const order = (direction: 'ascending' | 'descending') => sortUserRows(rows, { column: { kind: 'property', key: '投资' }, direction }, 'zh').map((r) => r.name);
    expect(order('ascending')).toEqual(['b', 'd', 'a', 'c']);
    expect(order('descending')).toEqual(['d', 'b', 'a', 'c']);
  });
});

describe('the user features table of a large layer', () => {
  it('makes rows of the first features only when asked for the first few, across layers in order', () => {
    const second = { ...layer, id: 'L2', name: '第二层' };
    const rows = firstUserRows([layer, second], 6);
    expect(rows.map((r) => [r.layerId, r.name])).toEqual([
      ['L1', '天府国际机场'], ['L1', '成都东站'], ['L1', '科学城'], ['L1', '重庆西站'], ['L2', '天府国际机场'], ['L2', '成都东站'],
    ]);
  });

  it('ranks the columns over a sample spread across the rows when there are more than COLUMN_SAMPLE', () => {
    // 区县 filled in every row, 备注 in the second half only: a sample of the first rows alone would miss it
    const many = Array.from({ length: COLUMN_SAMPLE * 4 }, (_, i) => feature(i < COLUMN_SAMPLE * 2 ? { 区县: '武侯区' } : { 区县: '武侯区', 备注: 'x' }));
    expect(propertyColumns(userTableRows([{ id: 'big', name: 'big', features: many }]))).toEqual(['区县', '备注']);
  });
});
