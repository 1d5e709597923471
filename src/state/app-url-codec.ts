// Every URL parameter the app knows, in one codec: the app (main.ts), its tests and the property
// tests read the same list. Add a module's codecs here.
import { coreUrlCodec } from './core-codecs';
import { embedCodecs } from './embed-codecs';
import { filterCodecs } from './filter-codecs';
import { questionCodecs } from './question-codecs';
import { searchCodecs } from './search-codecs';
import { uiCodecs } from './ui-codecs';
import { choroplethCodecs } from './choropleth-codecs';
import { annotationCodecs } from './annotation-codecs';
import { myLayerCodecs } from './my-layer-codecs';
import { publishedCodecs } from './published-codecs';
import type { UrlCodec } from './url-codec';

export const appUrlCodec: UrlCodec = coreUrlCodec.with(...embedCodecs, ...filterCodecs, ...searchCodecs, ...questionCodecs, ...uiCodecs, ...choroplethCodecs, ...annotationCodecs, ...myLayerCodecs, ...publishedCodecs);
