import { expect, it } from 'vitest';
import { parseChoropleth, serializeChoropleth, type ChoroplethSpec } from '../../src/choropleth/choropleth-spec.ts';

const spec: ChoroplethSpec = { table: 'tabc123', value: 'GDP（亿元）', method: 'quantile', classes: 5, palette: 'YlGnBu', breaks: [] };

it('writes and reads the URL form', () => {
  expect(serializeChoropleth(spec)).toBe('tabc123~quantile~5~YlGnBu~GDP（亿元）');
  expect(parseChoropleth('tabc123~quantile~5~YlGnBu~GDP（亿元）')).toEqual(spec);
  expect(parseChoropleth('t1~manual:10,20.5~3~RdBu~a~b')).toEqual({ table: 't1', value: 'a~b', method: 'manual', classes: 3, palette: 'RdBu', breaks: [10, 20.5] });
  expect(serializeChoropleth(null)).toBeNull();
});

it('refuses what it cannot draw', () => {
  for (const bad of ['t1~quantile~5~YlGnBu', 't1~median~5~YlGnBu~v', 't1~quantile~12~YlGnBu~v', 't1~quantile~5~Jet~v', 't 1~quantile~5~YlGnBu~v', 't1~manual:~3~RdBu~v', 't1~manual:a~3~RdBu~v']) {
    expect(parseChoropleth(bad), bad).toBeUndefined();
  }
});
