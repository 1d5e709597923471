// URL parameter of the choropleth (ch=<table>~<method>~<classes>~<palette>~<column>): which saved
// table colours the units and how. A change of colouring is a discrete step with its own history entry.
import { bothLanguages } from '../i18n/translate';
import { parseChoropleth, serializeChoropleth } from '../choropleth/choropleth-spec';
import { parseChoroplethValues, serializeChoroplethValues } from '../choropleth/choropleth-values';
import { defineFieldCodec } from './url-codec';

export const choroplethCodec = defineFieldCodec({
  field: 'choropleth',
  param: 'ch',
  history: 'push',
  expected: bothLanguages('url.expected.choropleth'),
  parse: parseChoropleth,
  serialize: serializeChoropleth,
});

// The joined values themselves (chv=<p|c>~<adcode>:<value>,…), written by the Embed dialog only, so
// that an embed draws the colouring without the planner's table (src/choropleth/choropleth-values.ts).
export const choroplethValuesCodec = defineFieldCodec({
  field: 'choroplethValues',
  param: 'chv',
  history: 'replace',
  expected: bothLanguages('url.expected.choroplethValues'),
  parse: parseChoroplethValues,
  serialize: serializeChoroplethValues,
});

export const choroplethCodecs = [choroplethCodec, choroplethValuesCodec];
