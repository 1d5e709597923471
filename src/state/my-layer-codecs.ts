// URL codec for the imported layers the map shows (my=…; text form in my-layer-refs.ts).
import { bothLanguages } from '../i18n/translate';
import { defineFieldCodec, type FieldCodec } from './url-codec';
import { MAX_LAYER_REFS, formatLayerRefs, parseLayerRefs } from './my-layer-refs';

export const myLayerCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'myLayers',
    param: 'my',
    // follows the layers panel (show, hide, rename): not a step of its own in the history
    history: 'replace',
    expected: bothLanguages('url.expected.myLayers', { max: MAX_LAYER_REFS }),
    parse: (raw) => {
      const { refs } = parseLayerRefs(raw);
      return refs.length > 0 ? refs : undefined;
    },
    rejected: (raw) => parseLayerRefs(raw).rejected,
    serialize: (refs) => (refs.length > 0 ? formatLayerRefs(refs) : null),
  }),
];
