// URL parameter of the choropleth (ch=<table>~<method>~<classes>~<palette>~<column>): which saved
// table colours the units and how. A change of colouring is a discrete step with its own history entry.
import { parseChoropleth, serializeChoropleth } from '../choropleth/choropleth-spec';
import { defineFieldCodec } from './url-codec';

export const choroplethCodec = defineFieldCodec({
  field: 'choropleth',
  param: 'ch',
  history: 'push',
  expected: { zh: '专题着色（表格~方法~分级数~配色~列）', en: 'choropleth (table~method~classes~palette~column)' },
  parse: parseChoropleth,
  serialize: serializeChoropleth,
});

export const choroplethCodecs = [choroplethCodec];
