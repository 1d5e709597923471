import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { propertyColumns, sortUserRows, userTableRows } from '../../src/user-data/user-table-model.ts';

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
