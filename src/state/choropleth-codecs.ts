// URL parameter of the choropleth (ch=<table>~<method>~<classes>~<palette>~<column>): which saved
// table colours the units and how. A change of colouring is a discrete step with its own history entry.
import { parseChoropleth, serializeChoropleth } from '../choropleth/choropleth-spec';
import { parseChoroplethValues, serializeChoroplethValues } from '../choropleth/choropleth-values';
import { defineFieldCodec } from './url-codec';

export const choroplethCodec = defineFieldCodec({
  field: 'choropleth',
  param: 'ch',
  history: 'push',
  expected: { zh: '专题着色（表格~方法~分级数~配色~列）', en: 'choropleth (table~method~classes~palette~column)' },
  parse: parseChoropleth,
  serialize: serializeChoropleth,
});

// The joined values themselves (chv=<p|c>~<adcode>:<value>,…), written by the Embed dialog only, so
// that an embed draws the colouring without the planner's table (src/choropleth/choropleth-values.ts).
export const choroplethValuesCodec = defineFieldCodec({
  field: 'choroplethValues',
  param: 'chv',
  history: 'replace',
  expected: { zh: '专题着色的数值（p 或 c~行政区划代码:数值,…）', en: 'choropleth values (p or c~adcode:value,…)' },
  parse: parseChoroplethValues,
  serialize: serializeChoroplethValues,
});

export const choroplethCodecs = [choroplethCodec, choroplethValuesCodec];
