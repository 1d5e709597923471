import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { myLayerCodecs } from '../../src/state/my-layer-codecs';
import { cleanLayerRefName, parseLayerRefs } from '../../src/state/my-layer-refs';

const codec = coreUrlCodec.with(...myLayerCodecs);
const defaults = defaultState(['zh']);

describe('my= (the imported layers a permalink names)', () => {
  it('is left out when no imported layer is shown', () => {
    expect(codec.serialize(defaults)).toBe('?lang=zh');
  });

  it('writes each layer as id~name and reads them back, separators in names included', () => {
    const myLayers = [{ id: 'a1b2', name: '重点项目, 2024~修订' }, { id: 'layer-x_9', name: 'Sites 100%' }];
    const url = codec.serialize({ ...defaults, myLayers });
    expect(new URLSearchParams(url).get('my')).toBe('a1b2~重点项目%2C 2024%7E修订,layer-x_9~Sites 100%25');
    const { state, issues } = codec.parse(url, defaults);
    expect(issues).toEqual([]);
    expect(state.myLayers).toEqual(myLayers);
  });

  it('drops a malformed item with its own notice and keeps the others', () => {
    const { state, issues } = codec.parse('?my=ok1~好的,no-name~,~no-id,bad id~x,ok1~again', defaults);
    expect(state.myLayers).toEqual([{ id: 'ok1', name: '好的' }]);
    expect(issues.map((issue) => issue.value)).toEqual(['no-name~', '~no-id', 'bad id~x', 'ok1~again']);
  });

  it('keeps names clean of control characters and within 200 characters', () => {
    expect(cleanLayerRefName(' a\u0000b\n ')).toBe('ab');
    expect([...cleanLayerRefName('名'.repeat(300))]).toHaveLength(200);
    expect(parseLayerRefs('x~a\u0007b').refs).toEqual([]);
  });
});
