import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../src/import/column-roles.ts';

const rows = (...cells: (string | number | null)[][]) => cells.map((c, i) => ({ n: i + 2, cells: c }));

describe('guessColumnMapping: columns recognised in Chinese and English', () => {
  it('names the roles of a Chinese project sheet, with value columns found by their numbers', () => {
    const headers = ['序号', '项目名称', '所在市', '区县', '经度', '纬度', '总投资（亿元）', '年份', '类型', '备注'];
    const mapping = guessColumnMapping({ headers, rows: rows([1, 'A', '成都市', '武侯区', 104, 30, '1,200', 2020, '交通', '无'], [2, 'B', '绵阳市', '涪城区', 104.7, 31.5, '8.5亿', 2021, '科创', '']) });
    expect(mapping).toEqual({
      序号: 'value', 项目名称: 'name', 所在市: 'city', 区县: 'county', 经度: 'lon', 纬度: 'lat',
      '总投资（亿元）': 'value', 年份: 'year', 类型: 'type', 备注: 'text',
    });
  });

  it('reads English titles in any case and spacing', () => {
    const headers = ['NAME', 'Longitude', 'Lat', 'Address', 'Province', 'City', 'County', 'adcode', 'Year', 'Type', 'FillColor', 'GDP'];
    const mapping = guessColumnMapping({ headers, rows: rows(['x', 104, 30, 'addr', 'Sichuan', 'Chengdu', 'Wuhou', '510107', 2020, 't', '#ff0000', '1,000']) });
    expect(Object.values(mapping)).toEqual(['name', 'lon', 'lat', 'address', 'province', 'city', 'county', 'adcode', 'year', 'type', 'colour', 'value']);
    expect(guessColumnMapping({ headers: ['行政区划代码', 'lng', 'latitude'], rows: [] })).toEqual({ 行政区划代码: 'adcode', lng: 'lon', latitude: 'lat' });
  });

  it('does not take a lone "x" for a longitude', () => {
    expect(guessColumnMapping({ headers: ['name', 'x'], rows: rows(['a', 3]) })).toEqual({ name: 'name', x: 'value' });
  });
});
