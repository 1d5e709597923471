// URL codec for the imported layers the map shows (my=…; text form in my-layer-refs.ts).
import { defineFieldCodec, type FieldCodec } from './url-codec';
import { MAX_LAYER_REFS, formatLayerRefs, parseLayerRefs } from './my-layer-refs';

export const myLayerCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'myLayers',
    param: 'my',
    // follows the layers panel (show, hide, rename): not a step of its own in the history
    history: 'replace',
    expected: {
      zh: `导入图层（最多 ${MAX_LAYER_REFS} 个，以逗号分隔：编号~名称）`,
      en: `imported layers (up to ${MAX_LAYER_REFS}, separated by commas: id~name)`,
    },
    parse: (raw) => {
      const { refs } = parseLayerRefs(raw);
      return refs.length > 0 ? refs : undefined;
    },
    rejected: (raw) => parseLayerRefs(raw).rejected,
    serialize: (refs) => (refs.length > 0 ? formatLayerRefs(refs) : null),
  }),
];
