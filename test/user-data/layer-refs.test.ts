import { describe, expect, it } from 'vitest';
import { layerRefsToWrite, missingLayerRefs, sameLayerRefs } from '../../src/user-data/layer-refs';

const mine = [{ id: 'id-1', name: '重点项目' }, { id: 'id-2', name: '绿道' }];

describe('the layers a link names', () => {
  it('are missing when this browser has them under neither the id nor the name', () => {
    const refs = [{ id: 'id-1', name: 'renamed here' }, { id: 'other', name: '绿道' }, { id: 'colleague', name: '同事的站点' }];
    expect(missingLayerRefs(refs, mine)).toEqual([{ id: 'colleague', name: '同事的站点' }]);
  });

  it('are written as the shown layers, then the missing ones the opened link named', () => {
    const carried = [{ id: 'colleague', name: '同事的站点' }, { id: 'id-2', name: '绿道' }];
    expect(layerRefsToWrite([mine[0]!], carried, mine)).toEqual([{ id: 'id-1', name: '重点项目' }, { id: 'colleague', name: '同事的站点' }]);
    // once imported here under that name, it is no longer carried
    expect(layerRefsToWrite([mine[0]!], carried, [...mine, { id: 'new', name: '同事的站点' }])).toEqual([{ id: 'id-1', name: '重点项目' }]);
  });

  it('compares by id and name in order', () => {
    expect(sameLayerRefs(mine, [...mine])).toBe(true);
    expect(sameLayerRefs(mine, [mine[1]!, mine[0]!])).toBe(false);
    expect(sameLayerRefs(mine, [{ id: 'id-1', name: '重点项目' }, { id: 'id-2', name: '绿道 2' }])).toBe(false);
  });
});
