import { describe, expect, it } from 'vitest';
import { stateFromProject } from '../../src/project-file/project-state.ts';
import { appUrlCodec } from '../../src/state/app-url-codec.ts';
import { defaultState } from '../../src/state/app-state.ts';

const defaults = defaultState(['zh-CN']);

describe('the state an opened project sets', () => {
  it('takes the map from the project and keeps the reader’s language, open tab and layer list', () => {
    const saved = appUrlCodec.parse('?lang=en&tab=list&v=29.56,106.55,9&sel=u:500112&prov=chongqing&qc=hsr-chengdu-chongqing&qd=20&an=c:106.55,29.56,25&my=a1~Parks', defaults).state;
    const current = { ...defaults, lang: 'zh' as const, panelTab: 'mydata' as const, myLayers: [{ id: 'b2', name: '公园' }] };
    const next = stateFromProject(saved, current);
    expect(next.view).toEqual({ lat: 29.56, lon: 106.55, zoom: 9 });
    expect(next.selection).toEqual({ kind: 'unit', adcode: '500112' });
    expect(next.filters.provinces).toEqual(['chongqing']);
    expect(next.question).toEqual(saved.question);
    expect(next.annotations).toHaveLength(1);
    expect([next.lang, next.panelTab, next.myLayers]).toEqual(['zh', 'mydata', [{ id: 'b2', name: '公园' }]]);
  });

  it('never turns the full app into the embed', () => {
    const saved = appUrlCodec.parse('?embed=1', defaults).state;
    expect(saved.embed).toBe(true);
    expect(stateFromProject(saved, defaults).embed).toBe(false);
  });
});
